package org.amparo.shell.internal;

import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditLog;
import org.amparo.audit.AuditOutcome;
import org.amparo.audit.AuditVerification;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code amparo:audit-verify}: checks the whole audit chain and records that it was checked. */
@Command(scope = "amparo", name = "audit-verify", description = "Checks that no audit entry was changed, removed or inserted")
@Service
public class AuditVerifyCommand extends AmparoAction {
    static final String ACTION = "audit.verify";

    @Reference
    AuditLog auditLog;

    @Override
    void run() {
        AuditVerification result = auditLog.verify();
        if (result.intact()) {
            say("shell.audit.verify.intact", result.entriesChecked());
            auditLog.record(new AuditEvent(actor(), ACTION, "", AuditOutcome.SUCCESS, "entries=" + result.entriesChecked()));
        } else {
            say("shell.audit.verify.broken", result.firstBroken(), text(result.problem(), result.firstBroken()));
            say("shell.audit.verify.checked", result.entriesChecked());
            auditLog.record(new AuditEvent(actor(), ACTION, "", AuditOutcome.FAILURE,
                    result.problem() + ";seq=" + result.firstBroken() + ";entries=" + result.entriesChecked()));
        }
    }
}
