import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useController, useForm, type FieldErrors } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { unitOf } from '../../catalogue';
import { discardDraft, saveDraft } from '../../db';
import { deleteEvidence, saveEvidence } from '../../db/evidence-writes';
import type { Evidence } from '../../domain/schemas';
import type { SummaryError } from '../../ui/error-summary';
import type { FlashState } from '../../ui/flash-message';
import { askToKeepStorageOnce } from '../../ui/persistent-storage';
import type { EditorDraft } from './draft-values';
import { errorList } from './error-list';
import { hasFileChanges, type FileChange } from './file-changes';
import { evidenceFormSchema, sameValues, type EvidenceFormOutput, type EvidenceFormValues } from './form-values';
import { changeKind, type KindChange } from './kind-change';
import { withLostKpiRows } from './kpi-kind-change';
import { KPI_REPORT_KIND } from '../../domain/kpi/report-kpis';
import { saveFailureMessage } from './save-errors';
import { TAG_ENTRY_NAME } from './tags-field';
import { useDraftAutosave } from './use-draft-autosave';
import { useFileChanges } from './use-file-changes';
import { useLeaveGuard } from './use-leave-guard';

export interface EvidenceEditorOptions {
  portfolioId: string;
  /** The item being edited; undefined for a new one. */
  item: Evidence | undefined;
  initialValues: EvidenceFormValues;
  /** Ids of the item's stored attachments, so a restored draft drops removals of files since gone. */
  storedAttachmentIds: readonly string[];
  /** Unsaved changes from an earlier visit, offered for restoring. */
  draft: { savedAt: string; values: EditorDraft } | undefined;
}

const resolver = zodResolver(evidenceFormSchema);

/**
 * Everything the evidence editor holds and does: the form, the file changes, drafts, saving,
 * deleting, a change of kind and leaving. The component only lays out what this returns.
 */
export function useEvidenceEditor({ portfolioId, item, initialValues: given, storedAttachmentIds, draft }: EvidenceEditorOptions) {
  const navigate = useNavigate();
  // What "unsaved" is measured against: the values the form opened with.
  const [initialValues] = useState(given);
  const listPath = `/p/${portfolioId}/evidence`;
  const form = useForm<EvidenceFormValues, unknown, EvidenceFormOutput>({
    resolver,
    defaultValues: initialValues,
    // The error summary takes focus after a failed submit, so it is read out first.
    shouldFocusError: false,
  });
  const kindField = useController({ control: form.control, name: 'kind' }).field;
  const formRef = useRef<HTMLFormElement>(null);
  const fileChanges = useFileChanges();
  const currentFiles = fileChanges.current;

  const [offer, setOffer] = useState(draft);
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const [errorUnits, setErrorUnits] = useState<string[]>([]);
  const [saveError, setSaveError] = useState<string>();
  const [draftError, setDraftError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [kindChange, setKindChange] = useState<(KindChange & { kind: string }) | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [restoreCount, setRestoreCount] = useState(0);

  /** Set once the item is saved or deleted: nothing is left to protect, and no draft may be written. */
  const leaving = useRef(false);

  const hasUnsavedChanges = useCallback(
    () => !leaving.current && (hasFileChanges(currentFiles()) || !sameValues(form.getValues(), initialValues)),
    [form, initialValues, currentFiles],
  );

  const writeDraft = useCallback(async () => {
    if (leaving.current) return;
    try {
      if (hasUnsavedChanges()) {
        const { pending, removedIds } = currentFiles();
        const values: EditorDraft = { form: form.getValues(), pending: [...pending], removedIds: [...removedIds] };
        await saveDraft(portfolioId, item?.id, values);
      } else {
        await discardDraft(portfolioId, item?.id);
      }
      setDraftError(undefined);
    } catch (error) {
      setDraftError(`Your changes could not be kept as a draft on this device. ${saveFailureMessage(error)}`);
    }
  }, [form, hasUnsavedChanges, currentFiles, portfolioId, item?.id]);

  // While an earlier draft is on offer, autosaving would overwrite it before the learner decides.
  const autosave = useDraftAutosave(writeDraft, offer === undefined);
  useEffect(() => {
    const subscription = form.watch(() => autosave.schedule());
    return () => subscription.unsubscribe();
  }, [form, autosave]);

  const blocker = useLeaveGuard(hasUnsavedChanges);

  function changeFiles(change: FileChange) {
    fileChanges.dispatch(change);
    autosave.schedule();
  }

  function applyKind(kind: string, fields: Record<string, string>) {
    form.setValue('fields', fields, { shouldDirty: true });
    // Only a performance report has KPI rows; the change-of-kind question listed them before they go.
    if (kind !== KPI_REPORT_KIND && form.getValues('kpiRows') !== undefined) form.setValue('kpiRows', undefined, { shouldDirty: true });
    kindField.onChange(kind);
    if (form.formState.submitCount > 0) void form.trigger();
  }

  function requestKind(next: string) {
    const current = form.getValues('kind');
    if (next === current) return;
    const change = withLostKpiRows(changeKind(current, next, form.getValues('fields')), next, form.getValues('kpiRows'));
    if (change.lost.length > 0) setKindChange({ ...change, kind: next });
    else applyKind(next, change.fields);
  }

  async function onValid(output: EvidenceFormOutput) {
    setSummary([]);
    setSaveError(undefined);
    setSaving(true);
    leaving.current = true;
    autosave.cancel();
    try {
      const { pending, removedIds } = currentFiles();
      const saved = await saveEvidence({
        portfolioId,
        evidenceId: item?.id,
        input: output.input,
        mappings: output.mappings,
        addAttachments: [...pending],
        removeAttachmentIds: [...removedIds],
      });
      // Now there is something to lose: ask the browser to keep it (once per device; Firefox may prompt).
      void askToKeepStorageOnce();
      const state: FlashState = { status: `Saved ${saved.ref}: ${saved.title}` };
      navigate(listPath, { state });
    } catch (error) {
      leaving.current = false;
      setSaveError(saveFailureMessage(error));
      setSaving(false);
    }
  }

  function onInvalid(errors: FieldErrors<EvidenceFormValues>) {
    const values = form.getValues();
    const list = errorList(errors, values);
    const idOf = (name: string) => formRef.current?.querySelector<HTMLElement>(`[name="${name === 'tags' ? TAG_ENTRY_NAME : name}"]`)?.id;
    setSummary(list.map((e) => ({ message: e.message, fieldId: idOf(e.name) })));
    setErrorUnits(values.mappings.filter((_, i) => errors.mappings?.[i]).flatMap((m) => unitOf(m.markingPointId)?.id ?? []));
  }

  async function deleteItem() {
    if (!item) return;
    leaving.current = true;
    autosave.cancel();
    try {
      await deleteEvidence(item.id);
      const state: FlashState = { status: `Deleted ${item.ref}: ${item.title}, with its mappings and attachments` };
      navigate(listPath, { state });
    } catch (error) {
      leaving.current = false;
      setConfirmingDelete(false);
      setSaveError(`${item.ref} could not be deleted${error instanceof Error ? ` (${error.message})` : ''}. Try again.`);
    }
  }

  return {
    form,
    formRef,
    kindField,
    listPath,
    files: fileChanges.files,
    offer,
    summary,
    errorUnits,
    saveError,
    draftError,
    saving,
    kindChange,
    confirmingDelete,
    restoreCount,
    blocker,
    submit: form.handleSubmit(onValid, onInvalid),
    requestKind,
    confirmKindChange() {
      if (kindChange) applyKind(kindChange.kind, kindChange.fields);
      setKindChange(null);
    },
    cancelKindChange: () => setKindChange(null),
    changeFiles,
    askToDelete: () => setConfirmingDelete(true),
    cancelDelete: () => setConfirmingDelete(false),
    deleteItem: () => void deleteItem(),
    restoreDraft() {
      if (!offer) return;
      form.reset(offer.values.form, { keepDefaultValues: true });
      changeFiles({ type: 'restore', changes: offer.values, storedIds: storedAttachmentIds });
      setOffer(undefined);
      setRestoreCount((n) => n + 1);
    },
    discardOffer() {
      setOffer(undefined);
      void discardDraft(portfolioId, item?.id);
    },
    async leave() {
      // An earlier draft still on offer is kept as it is rather than overwritten.
      if (!offer) {
        autosave.cancel();
        await writeDraft();
      }
      // Decided: nothing more is written or asked, even before this editor has gone away.
      leaving.current = true;
      blocker.proceed?.();
    },
    stay: () => blocker.reset?.(),
  };
}

export type EvidenceEditor = ReturnType<typeof useEvidenceEditor>;
