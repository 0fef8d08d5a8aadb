package io.techmatch.api.web;

/**
 * The authenticated caller of one request, resolved from its {@code X-API-Key}. Controllers take it as a method
 * parameter and ask it what the caller may see and do.
 */
public record ApiCaller(String keyName, Role role, String orgId) {

    public boolean isBroker() {
        return role == Role.BROKER;
    }

    /** Confidential needs are visible only to brokers and to the organization that posted them. */
    public boolean canSee(boolean confidential, String posterOrgId) {
        return !confidential || isBroker() || ownsNeedOf(posterOrgId);
    }

    /** Brokers may act on any need; an enterprise only on the needs its organization posted. */
    public boolean canManage(String posterOrgId) {
        return isBroker() || ownsNeedOf(posterOrgId);
    }

    public boolean ownsNeedOf(String posterOrgId) {
        return role == Role.ENTERPRISE && orgId != null && orgId.equals(posterOrgId);
    }

    /** The org whose confidential needs queries may include, or null; brokers see all via {@link #isBroker()}. */
    public String visibleOrgId() {
        return role == Role.ENTERPRISE ? orgId : null;
    }

    public void requireRole(Role... allowed) {
        for (Role r : allowed) {
            if (r == role) {
                return;
            }
        }
        throw new ForbiddenException("role " + role.code() + " may not do this");
    }
}
