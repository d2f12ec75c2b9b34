import type { IqaPdfInput } from '../../pdf/iqa';

/** The IQA's sampling record as PDF bytes; jsPDF and the fonts load on the first download. H3 owns this file. */
export async function makeIqaPdf(input: IqaPdfInput): Promise<Uint8Array> {
  const [{ renderIqaPdf }, { appFonts }] = await Promise.all([import('../../pdf/iqa'), import('../../pdf/render/app-fonts')]);
  return renderIqaPdf(input, await appFonts());
}
