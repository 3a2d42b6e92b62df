import { FormField, FormFieldDescription, FormLabel } from '@utrecht/component-library-react';

interface FileFieldProps {
  id: string;
  label: string;
  explanation: string;
  accept: string;
  onChoose(file: File | undefined): void;
}

/** A file picker with its label and explanation tied to it, as both loting uploads need. */
export function FileField({ id, label, explanation, accept, onChoose }: FileFieldProps) {
  return (
    <FormField>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <FormFieldDescription id={`${id}-help`}>{explanation}</FormFieldDescription>
      <input
        id={id}
        type="file"
        accept={accept}
        aria-describedby={`${id}-help`}
        onChange={(e) => onChoose(e.target.files?.[0])}
      />
    </FormField>
  );
}
