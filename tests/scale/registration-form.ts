// The /register form as the scale tests post it: one session chosen, everything else valid.
export function registrationBody(email: string, sessionId: number): string {
	return new URLSearchParams([
		['fullName', `Attendee ${email.split('@')[0]}`],
		['email', email],
		['organisation', 'Load Test Ltd'],
		['jobTitle', 'Engineer'],
		['category', 'industry'],
		['country', 'HK'],
		['sessionIds', String(sessionId)],
		['consent', 'on']
	]).toString();
}
