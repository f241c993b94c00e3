// Answers kept per key, for pure work that every page asks for again with the same few keys (a link in a
// language, a path without its prefix, a page's language versions). Bounded: some keys are per person
// (/my addresses), so once full, everything kept is dropped and fills again with what is asked for.
export function keptAnswers<V>(keepAtMost = 10_000): (key: string, work: () => V) => V {
	const answers = new Map<string, V>();
	return (key, work) => keptIn(answers, key, work, keepAtMost);
}

function keptIn<K, V>(answers: Map<K, V>, key: K, work: () => V, keepAtMost: number): V {
	let answer = answers.get(key);
	if (answer === undefined) {
		if (answers.size >= keepAtMost) answers.clear();
		answer = work();
		answers.set(key, answer);
	}
	return answer;
}

/**
 * The same for answers keyed by three parts (a zone, a language and an instant; two languages and a path),
 * in nested maps: no key string is built and hashed for each look-up, which cost more than the look-up.
 * Bounded per first and second part.
 */
export function keptAnswersByParts<A, B, C extends string | number, V>(
	keepAtMost = 10_000
): (a: A, b: B, c: C, work: () => V) => V {
	const byA = new Map<A, Map<B, Map<C, V>>>();
	return (a, b, c, work) => {
		let byB = byA.get(a);
		if (!byB) byA.set(a, (byB = new Map()));
		let answers = byB.get(b);
		if (!answers) byB.set(b, (answers = new Map()));
		return keptIn(answers, c, work, keepAtMost);
	};
}
