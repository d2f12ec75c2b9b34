import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useRef, useState } from 'react';
import { FormProvider, useController, useForm, type FieldErrors } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { unitOf } from '../../catalogue';
import { deleteEvidence, discardDraft, saveDraft, saveEvidence, type AttachmentRow, type NewAttachment } from '../../db';
import { evidenceKinds, findKind } from '../../domain/evidence-kinds';
import type { Evidence } from '../../domain/schemas';
import { ErrorSummary, type SummaryError } from '../../ui/error-summary';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { AttachmentsSection } from './attachments-section';
import { CustomerTypeField } from './customer-type-field';
import { DeleteEvidenceDialog } from './delete-evidence-dialog';
import { DraftOffer } from './draft-offer';
import type { EditorDraft } from './draft-values';
import { errorList } from './error-list';
import type { FlashState } from '../../ui/flash-message';
import { askToKeepStorageOnce } from '../../ui/persistent-storage';
import { evidenceFormSchema, sameValues, type EvidenceFormOutput, type EvidenceFormValues } from './form-values';
import { changeKind, type KindChange } from './kind-change';
import { KindChangeDialog } from './kind-change-dialog';
import { KindFields } from './kind-fields';
import { LeaveDialog } from './leave-dialog';
import { MappingSection } from './mapping-section';
import { saveFailureMessage } from './save-errors';
import { TAG_ENTRY_NAME, TagsField } from './tags-field';
import { useDraftAutosave } from './use-draft-autosave';
import { useLeaveGuard } from './use-leave-guard';

export interface EvidenceFormProps {
  portfolioId: string;
  /** The item being edited; undefined for a new one. */
  item: Evidence | undefined;
  initialValues: EvidenceFormValues;
  attachments: readonly AttachmentRow[];
  /** How many marking points the stored item maps to, for the delete question. */
  storedMappingCount: number;
  /** Unsaved changes from an earlier visit, offered for restoring. */
  draft: { savedAt: string; values: EditorDraft } | undefined;
  /** The reference a new item will get. */
  nextRef: string;
}

const resolver = zodResolver(evidenceFormSchema);

export function EvidenceForm({ portfolioId, item, initialValues: given, attachments, storedMappingCount, draft, nextRef }: EvidenceFormProps) {
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

  const [pending, setPending] = useState<NewAttachment[]>([]);
  const [removedIds, setRemovedIds] = useState<string[]>([]);
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
  const files = useRef({ pending, removedIds });
  useEffect(() => {
    files.current = { pending, removedIds };
  }, [pending, removedIds]);

  const hasUnsavedChanges = useCallback(
    () => !leaving.current && (files.current.pending.length > 0 || files.current.removedIds.length > 0 || !sameValues(form.getValues(), initialValues)),
    [form, initialValues],
  );

  const writeDraft = useCallback(async () => {
    if (leaving.current) return;
    try {
      if (hasUnsavedChanges()) {
        const values: EditorDraft = { form: form.getValues(), pending: files.current.pending, removedIds: files.current.removedIds };
        await saveDraft(portfolioId, item?.id, values);
      } else {
        await discardDraft(portfolioId, item?.id);
      }
      setDraftError(undefined);
    } catch (error) {
      setDraftError(`Your changes could not be kept as a draft on this device. ${saveFailureMessage(error)}`);
    }
  }, [form, hasUnsavedChanges, portfolioId, item?.id]);

  // While an earlier draft is on offer, autosaving would overwrite it before the learner decides.
  const autosave = useDraftAutosave(writeDraft, offer === undefined);
  useEffect(() => {
    const subscription = form.watch(() => autosave.schedule());
    return () => subscription.unsubscribe();
  }, [form, autosave]);

  const blocker = useLeaveGuard(hasUnsavedChanges);

  function changeFiles(nextPending: NewAttachment[], nextRemoved: string[]) {
    setPending(nextPending);
    setRemovedIds(nextRemoved);
    files.current = { pending: nextPending, removedIds: nextRemoved };
    autosave.schedule();
  }

  function requestKind(next: string) {
    const current = form.getValues('kind');
    if (next === current) return;
    const change = changeKind(current, next, form.getValues('fields'));
    if (change.lost.length > 0) setKindChange({ ...change, kind: next });
    else applyKind(next, change.fields);
  }

  function applyKind(kind: string, fields: Record<string, string>) {
    form.setValue('fields', fields, { shouldDirty: true });
    kindField.onChange(kind);
    if (form.formState.submitCount > 0) void form.trigger();
  }

  async function onValid(output: EvidenceFormOutput) {
    setSummary([]);
    setSaveError(undefined);
    setSaving(true);
    leaving.current = true;
    autosave.cancel();
    try {
      const saved = await saveEvidence({
        portfolioId,
        evidenceId: item?.id,
        input: output.input,
        mappings: output.mappings,
        addAttachments: files.current.pending,
        removeAttachmentIds: files.current.removedIds,
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

  async function onDelete() {
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

  function restoreDraft() {
    if (!offer) return;
    form.reset(offer.values.form, { keepDefaultValues: true });
    changeFiles(
      offer.values.pending,
      offer.values.removedIds.filter((id) => attachments.some((a) => a.id === id)),
    );
    setOffer(undefined);
    setRestoreCount((n) => n + 1);
  }

  function discardOffer() {
    setOffer(undefined);
    void discardDraft(portfolioId, item?.id);
  }

  const kind = kindField.value;
  const errors = form.formState.errors;
  return (
    <>
      {offer ? <DraftOffer savedAt={offer.savedAt} isNew={!item} fileCount={offer.values.pending.length} onRestore={restoreDraft} onDiscard={discardOffer} /> : null}
      {draftError ? (
        <p className="notice notice--warn" role="status">
          {draftError}
        </p>
      ) : null}
      <ErrorSummary errors={summary} />
      <FormProvider {...form}>
        <form ref={formRef} className="evidence-form" noValidate onSubmit={form.handleSubmit(onValid, onInvalid)}>
          <section className="card" aria-labelledby="about-title">
            <h2 id="about-title">About this evidence</h2>
            <TextField
              label="Title"
              required
              hint="A short name an assessor will recognise, for example “Refund complaint from a regular customer”."
              error={errors.title?.message}
              autoComplete="off"
              {...form.register('title')}
            />
            <SelectField
              label="Kind of evidence"
              required
              hint={findKind(kind)?.description ?? 'Each kind has its own fields.'}
              placeholder={kind === '' ? 'Choose a kind' : undefined}
              options={evidenceKinds.map((k) => ({ value: k.id, label: k.label }))}
              error={errors.kind?.message}
              name={kindField.name}
              ref={kindField.ref}
              value={kind}
              onBlur={kindField.onBlur}
              onChange={(e) => requestKind(e.target.value)}
            />
            <TextField label="Date of the evidence" type="date" required className="input--date" error={errors.date?.message} {...form.register('date')} />
            <CustomerTypeField />
          </section>
          <section className="card" aria-labelledby="details-title">
            <h2 id="details-title">{findKind(kind) ? `${findKind(kind)?.label}: details` : 'Details'}</h2>
            <KindFields kind={kind} />
          </section>
          <section className="card" aria-labelledby="reflection-title">
            <h2 id="reflection-title">Reflection and references</h2>
            <TextAreaField
              label="Reflection"
              rows={6}
              hint="What you did and why, what you learned, and what you would do differently."
              error={errors.reflection?.message}
              {...form.register('reflection')}
            />
            <TagsField />
          </section>
          <MappingSection key={restoreCount} openUnitIds={errorUnits} />
          <AttachmentsSection
            existing={attachments}
            removedIds={removedIds}
            pending={pending}
            onAdd={(added) => changeFiles([...files.current.pending, ...added], files.current.removedIds)}
            onRemovePending={(sha) => changeFiles(files.current.pending.filter((p) => p.sha256 !== sha), files.current.removedIds)}
            onSetRemoved={(id, removed) =>
              changeFiles(files.current.pending, removed ? [...files.current.removedIds, id] : files.current.removedIds.filter((r) => r !== id))
            }
          />
          {saveError ? (
            <div className="notice notice--error" role="alert">
              {saveError}
            </div>
          ) : null}
          <div className="form-actions">
            <button type="submit" className="button" disabled={saving}>
              {saving ? 'Saving…' : 'Save evidence'}
            </button>
            <Link className="button button--secondary" to={listPath}>
              Cancel
            </Link>
            {item ? (
              <button type="button" className="button button--danger form-actions__delete" onClick={() => setConfirmingDelete(true)}>
                Delete this item
              </button>
            ) : (
              <span className="muted">It will be saved as {nextRef}.</span>
            )}
          </div>
        </form>
      </FormProvider>
      <KindChangeDialog
        change={kindChange}
        onConfirm={() => {
          if (kindChange) applyKind(kindChange.kind, kindChange.fields);
          setKindChange(null);
        }}
        onCancel={() => setKindChange(null)}
      />
      {item ? (
        <DeleteEvidenceDialog
          open={confirmingDelete}
          item={item}
          mappingCount={storedMappingCount}
          attachmentCount={attachments.length}
          onConfirm={() => void onDelete()}
          onCancel={() => setConfirmingDelete(false)}
        />
      ) : null}
      <LeaveDialog
        open={blocker.state === 'blocked'}
        isNew={!item}
        onLeave={async () => {
          // An earlier draft still on offer is kept as it is rather than overwritten.
          if (!offer) {
            autosave.cancel();
            await writeDraft();
          }
          // Decided: nothing more is written or asked, even before this editor has gone away.
          leaving.current = true;
          blocker.proceed?.();
        }}
        onStay={() => blocker.reset?.()}
      />
    </>
  );
}
