package io.techmatch.api.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the key is: clients (the broker UI among them) show only what the role may do. */
@Tag(name = "identity")
@RestController
class CallerController {

    /** {@code orgId}: the organization an enterprise key acts for, else null. */
    record Caller(String keyName, String role, String orgId) {
    }

    @Operation(operationId = "getCaller", summary = "The calling key: its name, role and organization")
    @GetMapping("/api/v1/me")
    Caller me(ApiCaller caller) {
        return new Caller(caller.keyName(), caller.role().code(), caller.orgId());
    }
}
