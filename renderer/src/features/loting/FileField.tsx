import { FormField, FormFieldDescription, FormLabel } from '@utrecht/component-library-react';

interface BestandVeldProps {
  id: string;
  label: string;
  uitleg: string;
  accept: string;
  onKies(bestand: File | undefined): void;
}

/** A file picker with its label and explanation tied to it, as both loting uploads need. */
export function FileField({ id, label, uitleg, accept, onKies }: BestandVeldProps) {
  return (
    <FormField>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <FormFieldDescription id={`${id}-help`}>{uitleg}</FormFieldDescription>
      <input
        id={id}
        type="file"
        accept={accept}
        aria-describedby={`${id}-help`}
        onChange={(e) => onKies(e.target.files?.[0])}
      />
    </FormField>
  );
}
