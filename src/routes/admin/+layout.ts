// The organizer area hydrates (forms enhance with use:enhance; drag to reorder, QR scanning); every
// form still works as a plain POST without JavaScript.
export const csr = true;
