import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { useOutcome } from './use-outcome';

/**
 * A form checked by one schema whose submit runs one action: its status line when it worked (and the
 * form back to `defaults`), the reason when it did not (the values kept, to correct and send again).
 */
export function useActionForm<T extends FieldValues>(schema: z.ZodType<T, T>, defaults: DefaultValues<T>, act: (values: T) => Promise<string>, fallback: string) {
  const outcome = useOutcome();
  const form = useForm<T>({ resolver: zodResolver(schema), defaultValues: defaults });
  const submit = form.handleSubmit(async (values) => {
    if (await outcome.run(() => act(values), fallback)) form.reset(defaults);
  });
  return { ...form, outcome, submit };
}
