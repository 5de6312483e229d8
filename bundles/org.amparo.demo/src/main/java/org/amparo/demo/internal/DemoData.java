package org.amparo.demo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.amparo.security.NewUser;
import org.amparo.security.Organisation;
import org.amparo.security.OrganisationService;
import org.amparo.security.Role;
import org.amparo.security.UserService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.amparo.cases.Actor;
import org.amparo.cases.CaseService;
import org.amparo.cases.PersonService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demonstration data for training and trial installations, installed only with the feature
 * {@code amparo-demo}: a fictional organisation and one account per role; the partner caseworker
 * works for a second fictional organisation, a service provider that receives referrals. Passwords are generated
 * at the first start of each installation and written, readable by the owner only, to
 * {@code ${karaf.data}/amparo/demo-accounts.txt}; they are never logged. A production
 * installation does not install this bundle and so has no account with a known password.
 */
@Component(service = DemoData.class, immediate = true)
public final class DemoData {
    static final String ORGANISATION_CODE = "DEMO-NGO";
    static final String ORGANISATION_NAME = "Fictional Hope Network (demonstration)";
    /** The partner caseworker works for a second fictional organisation, which receives referrals. */
    static final String PARTNER_CODE = "DEMO-SHELTER";
    static final String PARTNER_NAME = "Fictional Safe Harbour Shelter (demonstration)";
    private static final String ACTOR = "system:demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final ExecutorService worker;

    /**
     * Creates the data on a thread of its own: hashing six passwords takes about a second, which
     * must not hold up the start of the rest of the platform. {@code run-demo.sh} waits for the
     * accounts file.
     */
    @Activate
    public DemoData(@Reference OrganisationService organisations, @Reference UserService users,
            @Reference PersonService persons, @Reference CaseService cases, BundleContext context) {
        Path accountsFile = Path.of(dataFolder(context), "amparo", "demo-accounts.txt");
        worker = Executors.newSingleThreadExecutor(task -> new Thread(task, "amparo-demo-data"));
        worker.execute(() -> {
            try {
                if (create(organisations, users, accountsFile)) {
                    Organisation demo = organisations.findByCode(ORGANISATION_CODE).orElseThrow();
                    DemoCases.create(persons, cases, new Actor(usernameFor(Role.CASEWORKER), demo.id(), EnumSet.of(Role.CASEWORKER)),
                            LocalDate.now());
                    LOG.info("Demonstration persons and cases created (all fictional)");
                }
            } catch (RuntimeException e) {
                LOG.error("Demonstration data could not be created", e);
            }
        });
    }

    @Deactivate
    void stop() {
        worker.shutdown();
    }

    /** Creates the organisation and accounts; false if they were already there. */
    static boolean create(OrganisationService organisations, UserService users, Path accountsFile) {
        if (organisations.findByCode(ORGANISATION_CODE).isPresent()) {
            LOG.info("Demonstration data already present; accounts are listed in {}", accountsFile);
            return false;
        }
        Organisation demo = organisations.create(ORGANISATION_CODE, ORGANISATION_NAME, "", true, ACTOR);
        Organisation partner = organisations.findByCode(PARTNER_CODE)
                .orElseGet(() -> organisations.create(PARTNER_CODE, PARTNER_NAME, "", true, ACTOR));
        SecureRandom random = new SecureRandom();
        List<String> lines = new ArrayList<>();
        lines.add("# Amparo demonstration accounts (fictional organisation \"" + ORGANISATION_NAME + "\")");
        lines.add("# Generated for this installation only. Keep this file private.");
        lines.add("# role\tusername\tpassword");
        for (Role role : Role.values()) {
            String username = usernameFor(role);
            char[] password = password(random);
            String shown = new String(password);
            long organisation = role == Role.PARTNER_CASEWORKER ? partner.id() : demo.id();
            users.create(new NewUser(username, displayNameFor(role), organisation, EnumSet.of(role), password, "en"), ACTOR);
            lines.add(role.name() + "\t" + username + "\t" + shown);
        }
        write(accountsFile, lines);
        LOG.info("Demonstration organisation and {} accounts created; passwords are in {}", Role.values().length, accountsFile);
        return true;
    }

    static String usernameFor(Role role) {
        return "demo." + role.name().toLowerCase(Locale.ROOT).replace("_", "");
    }

    static String displayNameFor(Role role) {
        String words = role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return "Demo " + words + " (fictional)";
    }

    static char[] password(SecureRandom random) {
        char[] password = new char[16];
        for (int i = 0; i < password.length; i++) {
            password[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return password;
    }

    /** Writes the file whole or not at all (a reader never sees half of it), readable by the owner only. */
    private static void write(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.deleteIfExists(partial);
            try {
                Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(partial);
            }
            Files.write(partial, lines, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String dataFolder(BundleContext context) {
        String data = context.getProperty("karaf.data");
        return data == null ? "data" : data;
    }

    /** The roles that get a demonstration account: all of them. */
    static Set<Role> roles() {
        return EnumSet.allOf(Role.class);
    }
}
