package org.amparo.rest.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.amparo.common.FieldError;
import org.amparo.common.ValidationException;
import org.amparo.security.NewUser;
import org.amparo.security.Organisation;
import org.amparo.security.OrganisationService;
import org.amparo.security.Role;
import org.amparo.security.User;
import org.amparo.security.UserService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/users}: list and create accounts, disable, enable and unlock them. System
 * administrators only. The {@link UserService} validates and audits every change; this resource
 * only translates organisation codes and role names, and never returns a password hash.
 */
@Component(service = UsersResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect({ AmparoApplication.JSON_EXTENSION, AmparoApplication.AUTH_EXTENSION })
@Path("users")
public final class UsersResource {
    static final String DEFAULT_LANGUAGE = "en";
    private final UserService users;
    private final OrganisationService organisations;

    @Activate
    public UsersResource(@Reference UserService users, @Reference OrganisationService organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Dto.PageOf<Dto.UserView> list(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context SecurityContext security) {
        Access.requireAny(security, Role.SYSTEM_ADMIN);
        Paging paging = Paging.parse(offset, limit);
        Map<Long, String> codes = new HashMap<>();
        Instant now = Instant.now();
        List<Dto.UserView> items = users.list(paging.offset(), paging.limit()).stream()
                .map(u -> Dto.UserView.of(u, codes.computeIfAbsent(u.organisationId(), this::organisationCode), now))
                .toList();
        return new Dto.PageOf<>(items, paging.offset(), paging.limit(), users.count());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(Dto.NewUserRequest body, @Context SecurityContext security) {
        String actor = Access.requireAny(security, Role.SYSTEM_ADMIN).user().username();
        char[] password = body == null ? null : body.password();
        try {
            NewUser newUser = toNewUser(body);
            User created = users.create(newUser, actor);
            return Response.status(Response.Status.CREATED)
                    .entity(Dto.UserView.of(created, organisationCode(created.organisationId()), Instant.now()))
                    .build();
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    @POST
    @Path("{username}/disable")
    public Response disable(@PathParam("username") String username, @Context SecurityContext security) {
        users.disable(username, Access.requireAny(security, Role.SYSTEM_ADMIN).user().username());
        return Response.noContent().build();
    }

    @POST
    @Path("{username}/enable")
    public Response enable(@PathParam("username") String username, @Context SecurityContext security) {
        users.enable(username, Access.requireAny(security, Role.SYSTEM_ADMIN).user().username());
        return Response.noContent().build();
    }

    @POST
    @Path("{username}/unlock")
    public Response unlock(@PathParam("username") String username, @Context SecurityContext security) {
        users.unlock(username, Access.requireAny(security, Role.SYSTEM_ADMIN).user().username());
        return Response.noContent().build();
    }

    /**
     * Checks what only this adapter can check (the organisation code exists, the role names are
     * roles, a password was sent); the user service validates everything else.
     */
    private NewUser toNewUser(Dto.NewUserRequest body) {
        if (body == null) {
            throw ValidationException.of("username", "rest.field.required");
        }
        List<FieldError> errors = new ArrayList<>();
        Optional<Organisation> organisation = Optional.empty();
        if (body.organisationCode() == null || body.organisationCode().isBlank()) {
            errors.add(new FieldError("organisationCode", "rest.field.required"));
        } else {
            organisation = organisations.findByCode(body.organisationCode().trim());
            if (organisation.isEmpty()) {
                errors.add(new FieldError("organisationCode", "rest.field.unknownOrganisation"));
            }
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> roleNames = body.roles() == null ? List.of() : body.roles();
        for (int i = 0; i < roleNames.size(); i++) {
            String name = roleNames.get(i);
            Optional<Role> role = Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst();
            if (role.isPresent()) {
                roles.add(role.get());
            } else {
                errors.add(new FieldError("roles[" + i + "]", "rest.field.unknownRole", String.valueOf(name)));
            }
        }
        if (roleNames.isEmpty()) {
            errors.add(new FieldError("roles", "rest.field.required"));
        }
        if (body.password() == null || body.password().length == 0) {
            errors.add(new FieldError("password", "rest.field.required"));
        } else if (body.password().length > SessionResource.MAX_PASSWORD) {
            errors.add(new FieldError("password", "rest.field.tooLong", SessionResource.MAX_PASSWORD));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String language = body.language() == null || body.language().isBlank() ? DEFAULT_LANGUAGE : body.language().trim();
        return new NewUser(body.username(), body.displayName(), organisation.orElseThrow().id(), roles, body.password(),
                language);
    }

    private String organisationCode(long organisationId) {
        return organisations.find(organisationId).map(Organisation::code).orElse(null);
    }
}
