"""The annotation desk: the only door annotators use, so each one labels independently.

A small FastAPI app beside Label Studio. Annotators log in to the desk (never to Label Studio),
work through their own queue, and each submission goes to Label Studio with that annotator's own
token, held server-side in `credentials.json`. No page or endpoint returns another annotator's
annotation, lead time or identity.

Modules: `state` (the desk's own SQLite file, `ANNOTATOR_HOME/desk.db`, mode 0600), `auth`
(passwords, sessions, CSRF, invitations), `queue` (assignment, order, reassign, progress),
`tasks` (what a page shows, read from the store), `submit` (to Label Studio), `page` (HTML),
`app` (routes), `service` (start/stop/status of the server process).
"""
