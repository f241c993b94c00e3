// Answers kept per key, for pure work that every page asks for again with the same few keys (a link in a
// language, a path without its prefix, a page's language versions). Bounded: some keys are per person
// (/my addresses), so once full, everything kept is dropped and fills again with what is asked for.
export function keptAnswers<V>(keepAtMost = 10_000): (key: string, work: () => V) => V {
	const answers = new Map<string, V>();
	return (key, work) => {
		let answer = answers.get(key);
		if (answer === undefined) {
			if (answers.size >= keepAtMost) answers.clear();
			answer = work();
			answers.set(key, answer);
		}
		return answer;
	};
}
