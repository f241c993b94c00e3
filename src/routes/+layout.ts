// Public pages and an attendee's /my page are complete HTML and ship no framework JavaScript: their forms are
// plain posts. Only the organizer area opts back in (src/routes/admin/+layout.ts).
export const csr = false;
