import { useCallback, useEffect, useId, useState } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import type { SettingName } from "../planner/gateway";
import { failureMessage } from "./failure-message";
import { useGateway } from "./gateway-context";
import { usePanelStyles } from "./panel-styles";
import { changedSettings, matchChoice, SETTING_FIELDS, settingProblem } from "./setting-fields";
import { SettingInput } from "./setting-input";

type Values = Readonly<Record<SettingName, string>>;

type Loading = { readonly kind: "loading" } | { readonly kind: "failed"; readonly message: string } | { readonly kind: "loaded"; readonly saved: Values };

type Saving = { readonly kind: "idle" } | { readonly kind: "saving" } | { readonly kind: "saved"; readonly written: number } | { readonly kind: "failed"; readonly message: string };

/** Shows a choice the way the list names it ("yes" as "Yes"), so an unchanged value does not count as an edit. */
function asShown(values: Values): Values {
  return Object.fromEntries(SETTING_FIELDS.map((field) => [field.name, matchChoice(field, values[field.name])])) as Record<SettingName, string>;
}

/** The plan's settings from the Plan table, edited here and written back (only the ones changed). */
export function SettingsPanel() {
  const styles = usePanelStyles();
  const gateway = useGateway();
  const headingId = useId();
  const [loading, setLoading] = useState<Loading>({ kind: "loading" });
  const [edited, setEdited] = useState<Values | undefined>(undefined);
  const [saving, setSaving] = useState<Saving>({ kind: "idle" });

  const load = useCallback(async () => {
    setLoading({ kind: "loading" });
    try {
      const outcome = await gateway.readSettings();
      if (outcome.kind === "failed") {
        setLoading({ kind: "failed", message: outcome.message });
        return;
      }
      const shown = asShown(outcome.values);
      setLoading({ kind: "loaded", saved: shown });
      setEdited(shown);
    } catch (reason) {
      setLoading({ kind: "failed", message: failureMessage("Reading the settings", reason) });
    }
  }, [gateway]);

  useEffect(() => {
    void load();
  }, [load]);

  if (loading.kind === "loading") return <Spinner className={styles.panel} size="tiny" labelPosition="after" label="Reading the settings from the Plan table…" />;
  if (loading.kind === "failed" || !edited) {
    return (
      <section className={styles.panel} aria-labelledby={headingId}>
        <h2 id={headingId} className={styles.heading}>
          Settings
        </h2>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The settings could not be read</MessageBarTitle>
            {loading.kind === "failed" ? loading.message : ""}
          </MessageBarBody>
        </MessageBar>
        <div className={styles.actions}>
          <Button onClick={() => void load()}>Try again</Button>
        </div>
      </section>
    );
  }

  const { saved } = loading;
  const changes = changedSettings(saved, edited);
  const changedNames = Object.keys(changes) as SettingName[];
  const problems = new Map(SETTING_FIELDS.map((field) => [field.name, settingProblem(field, edited[field.name])]));
  // Only a changed value can stop a save: a value already in the workbook is the planner's to report.
  const blocking = changedNames.filter((name) => problems.get(name) !== undefined);
  const busy = saving.kind === "saving";

  const edit = (name: SettingName, value: string) => {
    setEdited({ ...edited, [name]: value });
    setSaving({ kind: "idle" });
  };

  const save = async () => {
    setSaving({ kind: "saving" });
    try {
      const outcome = await gateway.saveSettings(changes);
      if (outcome.kind === "failed") {
        setSaving({ kind: "failed", message: outcome.message });
        return;
      }
      setLoading({ kind: "loaded", saved: { ...saved, ...changes } });
      setEdited({ ...edited, ...changes });
      setSaving({ kind: "saved", written: outcome.written });
    } catch (reason) {
      setSaving({ kind: "failed", message: failureMessage("Saving the settings", reason) });
    }
  };

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Settings
      </h2>
      <p className={styles.quiet}>These settings are kept in the workbook&apos;s Plan table, so the file carries its own set-up wherever it goes.</p>
      <form
        className={styles.panel}
        onSubmit={(event) => {
          event.preventDefault();
          if (changedNames.length > 0 && blocking.length === 0 && !busy) void save();
        }}
      >
        {SETTING_FIELDS.map((field) => (
          <SettingInput
            key={field.name}
            field={field}
            value={edited[field.name]}
            problem={problems.get(field.name)}
            disabled={busy}
            onChange={(value) => edit(field.name, value)}
          />
        ))}
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={busy || changedNames.length === 0 || blocking.length > 0}>
            {busy ? "Saving…" : "Save settings"}
          </Button>
          <Button disabled={busy || changedNames.length === 0} onClick={() => setEdited(saved)}>
            Undo changes
          </Button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {blocking.length > 0 && <p className={styles.text}>Put right the {blocking.length === 1 ? "setting" : `${blocking.length} settings`} marked above to save.</p>}
        {saving.kind === "saved" && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              Saved {saving.written === 1 ? "1 setting" : `${saving.written} settings`} to the Plan table. Calculate again to see their effect.
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {saving.kind === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The settings were not saved</MessageBarTitle>
            {saving.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
