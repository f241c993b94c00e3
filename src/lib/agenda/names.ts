// How a person's name is written in running text: with the honorific the source gives them ("Ms Clara Chan").
export function fullName(person: { honorific?: string | null; name: string }): string {
	return person.honorific ? `${person.honorific} ${person.name}` : person.name;
}
