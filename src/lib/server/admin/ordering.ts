// Up and down buttons on an ordered list (tracks, rooms, highlights, quotes, partners). Pure.

export type Direction = 'up' | 'down';

/**
 * The order after moving `id` one place: null when `id` is not in it (deleted meanwhile), the same
 * order when it is already first (up) or last (down).
 */
export function moved(order: number[], id: number, direction: Direction): number[] | null {
	const index = order.indexOf(id);
	if (index === -1) return null;
	const target = direction === 'up' ? index - 1 : index + 1;
	if (target < 0 || target >= order.length) return order;
	const next = [...order];
	[next[index], next[target]] = [next[target]!, next[index]!];
	return next;
}

export const sameOrder = (a: number[], b: number[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** The audit entry's change for a new order: the ids before and after. */
export const orderChange = (before: number[], after: number[]) => ({
	order: [before.join(','), after.join(',')] as [string, string]
});
