import { Component, type ReactNode } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

interface ErrorBoundaryProps {
  readonly children: ReactNode;
  /** Reloads the pane: a fresh start is the only safe way on after a failure nobody planned for. */
  readonly onReload: () => void;
}

/**
 * Catches a failure while showing the panels and puts a plain message in their place. The panels
 * are gone from then on, so nothing can go on writing to the workbook from a broken state.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>Something went wrong; your workbook has not been changed.</MessageBarTitle>
          Reload the pane to start again.
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={this.props.onReload}>
            Reload the pane
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
