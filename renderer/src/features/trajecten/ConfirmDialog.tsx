/** Moved to components/ConfirmDialog.tsx; this re-export only serves imports not yet updated. */
export { ConfirmDialog, type ConfirmDialogProps } from '../../components/ConfirmDialog';
