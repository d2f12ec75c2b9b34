import { useController, useFormContext } from 'react-hook-form';
import { usePortfolio } from '../../db/hooks';
import { kindLists } from '../../domain/evidence-kinds';
import { legislationChoices } from '../../domain/legislation';
import { listExamples, listLabels, type StructuredListKey } from '../../domain/structured-lists';
import { MultiSelectField } from '../../ui/multi-select-field';
import type { EvidenceFormValues } from './form-values';

/** The "add your own" inputs' names, so the error summary can take focus to one. */
export const listEntryName = (list: StructuredListKey) => `${list}-entry`;

const HINTS: Record<StructuredListKey, string> = {
  factors: 'Tick each factor this item shows influencing the service, or add your own. The coach counts them, across the evidence on a marking point that asks for at least three.',
  feedbackTechniques: 'Tick each way you gathered customer feedback, or add your own. The coach counts them, across the evidence on a marking point that asks for at least two.',
  legislation: 'Tick the laws this item shows you working within. An act you add here is kept in your portfolio’s list when you save.',
  policies: 'Tick your organisation’s standards and policies this item follows. One you add here is kept in your portfolio’s list when you save.',
};

const ENTRY_WORDS: Record<StructuredListKey, string> = {
  factors: 'factor',
  feedbackTechniques: 'technique',
  legislation: 'act',
  policies: 'standard or policy',
};

function ListField({ list, options }: { list: StructuredListKey; options: readonly string[] }) {
  const { control, formState } = useFormContext<EvidenceFormValues>();
  const { field } = useController({ control, name: list });
  const errors = formState.errors[list];
  const error = errors?.message ?? (Array.isArray(errors) ? errors.find((e) => e?.message)?.message : undefined);
  return (
    <MultiSelectField
      legend={listLabels[list]}
      hint={HINTS[list]}
      options={options}
      value={field.value ?? []}
      onChange={field.onChange}
      onBlur={field.onBlur}
      entryWord={ENTRY_WORDS[list]}
      entryName={listEntryName(list)}
      error={error}
    />
  );
}

/** The counted lists the chosen kind offers (factors, feedback techniques), with the seeds' examples to tick. */
export function KindListFields({ kind }: { kind: string }) {
  return (
    <>
      {kindLists(kind).map((list) => (
        <ListField key={list} list={list} options={listExamples[list]} />
      ))}
    </>
  );
}

/** Legislation and the organisation's standards and policies, from the portfolio's lists (and the suggested acts). */
export function ReferenceListFields({ portfolioId }: { portfolioId: string }) {
  const portfolio = usePortfolio(portfolioId);
  return (
    <>
      <ListField list="legislation" options={legislationChoices(portfolio?.legislation)} />
      <ListField list="policies" options={portfolio?.policies ?? []} />
    </>
  );
}
