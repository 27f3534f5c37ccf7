package vn.thidua.platform.security;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Who the credentials belong to: a client (the web console) needs the user's unit and roles to know which inbox to
 * open and which actions to offer; the API itself never trusts a unit named by the client.
 */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Tag(name = "units")
class AccountController {

    record Account(String username, String unitId, List<Role> roles) {
    }

    @GetMapping("/api/me")
    @Operation(summary = "the signed-in user: name, unit and roles")
    Account me() {
        ThiDuaUser user = CurrentUser.get();
        return new Account(user.getUsername(), user.unitId(),
                Arrays.stream(Role.values()).filter(user::hasRole).toList());
    }
}
