import { z } from 'zod';

/** What the export can produce; the ids travel through the API, the CLI and the file names. */
export const EXPORT_FORMATS = {
  docx: {
    label: 'Word (.docx)',
    extension: '.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  pdf: { label: 'PDF', extension: '.pdf', mimeType: 'application/pdf' },
  md: { label: 'Markdown (.md)', extension: '.md', mimeType: 'text/markdown; charset=utf-8' },
} as const;
export const ExportFormat = z.enum(['docx', 'pdf', 'md']);
export type ExportFormat = z.infer<typeof ExportFormat>;
