// Svelte's hydration sets every form control to the value the page was rendered with (`value={…}`,
// `checked={…}`, a textarea's text), undoing whatever a person typed, ticked or chose while the script was
// still on its way: on a slow connection, the first fields of an organizer's form or a change on /my. The
// root layout notes those changes before the page hydrates and puts them back once it has.

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** A checkbox or a radio button: its state is whether it is ticked, not its value. */
const isToggle = (control: Control): control is HTMLInputElement =>
	control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio');

/** What one control holds now: its text, whether it is ticked, or which of its options are chosen. */
function stateOf(control: Control): string {
	if (control instanceof HTMLSelectElement) return [...control.options].map((option) => +option.selected).join('');
	if (isToggle(control)) return String(control.checked);
	return control.value;
}

/** What the server rendered into it: the `value`, `checked` and `selected` attributes and a textarea's text. */
function renderedStateOf(control: Control): string {
	if (control instanceof HTMLSelectElement) {
		const marked = [...control.options].map((option) => option.defaultSelected);
		// With no option marked, a single select shows its first: that is what was rendered, not a choice.
		if (!control.multiple && !marked.includes(true) && marked.length > 0) marked[0] = true;
		return marked.map(Number).join('');
	}
	if (isToggle(control)) return String(control.defaultChecked);
	return control.defaultValue;
}

function restore(control: Control, state: string) {
	if (control instanceof HTMLSelectElement) {
		[...control.options].forEach((option, index) => (option.selected = state[index] === '1'));
	} else if (isToggle(control)) {
		control.checked = state === 'true';
	} else {
		control.value = state;
	}
	// So that handlers and bindings learn of it as of anything typed.
	control.dispatchEvent(new Event('input', { bubbles: true }));
	control.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Notes the controls under `root` that differ from what the server rendered; the function it answers puts
 * each back where hydration changed it. Call it before hydration, and its answer after.
 */
export function noteTypedControls(root: ParentNode): () => void {
	const typed: Array<[Control, string]> = [];
	for (const control of root.querySelectorAll<Control>('input, textarea, select')) {
		if (control instanceof HTMLInputElement && (control.type === 'hidden' || control.type === 'file')) continue;
		const state = stateOf(control);
		if (state !== renderedStateOf(control)) typed.push([control, state]);
	}
	return () => {
		for (const [control, state] of typed) {
			if (control.isConnected && stateOf(control) !== state) restore(control, state);
		}
	};
}
