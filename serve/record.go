package serve

import "net/http"

// record writes an action on a case (audit.ActionRecheck, ActionRename,
// ActionDelete) to the audit log, with who did it (logAudit), after the
// change is on disk and before the request is answered. A failure to write
// it is logged: the action it records is already done.
func (s *Server) record(r *http.Request, action, caseID, detail string) {
	_ = s.logAudit(r, action, caseID, detail)
}
