import { Field, Input, Select } from "@fluentui/react-components";
import type { SettingField } from "./setting-fields";

interface SettingInputProps {
  readonly field: SettingField;
  readonly value: string;
  /** What is wrong with the value, shown under it; undefined shows the hint. */
  readonly problem: string | undefined;
  readonly disabled: boolean;
  readonly onChange: (value: string) => void;
}

/** One setting: its label, a text box or a list of choices, and a hint or what is wrong. */
export function SettingInput({ field, value, problem, disabled, onChange }: SettingInputProps) {
  return (
    <Field label={field.label} hint={problem ? undefined : field.hint} validationMessage={problem} validationState={problem ? "error" : "none"}>
      {field.kind === "choice" ? (
        <Select value={value} disabled={disabled} onChange={(_event, data) => onChange(data.value)}>
          {/* A value the workbook holds that is none of the choices is shown as written, not silently replaced. */}
          {!field.choices.some((choice) => choice.value === value) && <option value={value}>{value === "" ? "(blank)" : value}</option>}
          {field.choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </Select>
      ) : (
        <Input value={value} disabled={disabled} onChange={(_event, data) => onChange(data.value)} />
      )}
    </Field>
  );
}
