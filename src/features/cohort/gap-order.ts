import type { GapOrder } from '../../domain/cohort/cohort';

/** The shared gaps' order in the address: `?sort=catalogue`, or most lacking first when absent. */
export function gapOrderFromSearch(params: URLSearchParams): GapOrder {
  return params.get('sort') === 'catalogue' ? 'catalogue' : 'lacking';
}

export function gapOrderToSearch(order: GapOrder, params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  if (order === 'catalogue') next.set('sort', 'catalogue');
  else next.delete('sort');
  return next;
}
