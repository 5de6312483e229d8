package org.amparo.demo.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.amparo.cases.Actor;
import org.amparo.catalog.Catalog;
import org.amparo.catalog.CatalogImport;
import org.amparo.catalog.ImportReport;
import org.amparo.catalog.Term;
import org.amparo.referral.Referrals;
import org.amparo.security.OrganisationService;
import org.amparo.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demonstration referrals: a fictional service provider in the catalogue (the organisation of the
 * demonstration partner caseworker: a transitional shelter at a confidential place, psychosocial
 * support, medical care and legal aid), linked to that organisation so that its partner caseworker
 * receives referrals. Every name and place is fictional and says so. Imported once; runs while the
 * referral module is on, after {@link DemoData} has created the organisation.
 */
@Component(immediate = true, service = {})
public final class DemoReferralPartner {
    static final String ORGANIZATION_ID = uuid("organization");
    private static final Logger LOG = LoggerFactory.getLogger(DemoReferralPartner.class);
    private static final Actor SYSTEM = new Actor("system:demo", 0, EnumSet.of(Role.SYSTEM_ADMIN));
    private final ExecutorService worker;

    @Activate
    public DemoReferralPartner(@Reference Catalog catalog, @Reference CatalogImport imports, @Reference Referrals referrals,
            @Reference OrganisationService organisations) {
        worker = Executors.newSingleThreadExecutor(task -> new Thread(task, "amparo-demo-referrals"));
        worker.execute(() -> {
            try {
                for (int i = 0; i < 120 && organisations.findByCode(DemoData.PARTNER_CODE).isEmpty(); i++) {
                    TimeUnit.MILLISECONDS.sleep(500);
                }
                if (organisations.findByCode(DemoData.PARTNER_CODE).isEmpty()) {
                    LOG.warn("Demonstration partner organisation not found; no demonstration service provider linked");
                    return;
                }
                if (catalog.organization(ORGANIZATION_ID).isEmpty()) {
                    ImportReport report = imports.importDatapackage("system:demo", path -> Optional.ofNullable(files(catalog).get(path))
                            .map(ByteArrayInputStream::new), "demonstration service provider (fictional)");
                    if (!report.problems().isEmpty()) {
                        LOG.error("Demonstration catalogue refused: {}", report.problems());
                        return;
                    }
                }
                if (referrals.links().stream().noneMatch(l -> l.catalogOrganizationId().equals(ORGANIZATION_ID))) {
                    referrals.link(SYSTEM, ORGANIZATION_ID, DemoData.PARTNER_CODE);
                }
                LOG.info("Demonstration service provider in the catalogue and linked to {}", DemoData.PARTNER_CODE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.error("Demonstration service provider could not be set up", e);
            }
        });
    }

    @Deactivate
    void stop() {
        worker.shutdownNow();
    }

    static String uuid(String name) {
        return UUID.nameUUIDFromBytes(("org.amparo.demo/" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The fictional HSDS datapackage, with the platform's own term ids. */
    static Map<String, byte[]> files(Catalog catalog) {
        Map<String, String> terms = new LinkedHashMap<>();
        for (Term term : catalog.terms(Catalog.PROTECTION_TAXONOMY)) {
            terms.put(term.code(), term.id());
        }
        catalog.terms(Catalog.AMPARO_TAXONOMY).forEach(t -> terms.put(t.code(), t.id()));
        String org = ORGANIZATION_ID;
        String shelterPlace = uuid("location/shelter");
        String office = uuid("location/office");
        StringBuilder services = new StringBuilder("id,organization_id,name,description,status,minimum_age,maximum_age\r\n");
        StringBuilder offers = new StringBuilder("id,service_id,location_id\r\n");
        StringBuilder languages = new StringBuilder("id,service_id,location_id,name,code\r\n");
        StringBuilder schedules = new StringBuilder("id,service_id,service_at_location_id,freq,byday,opens_at,closes_at,description\r\n");
        StringBuilder attributes = new StringBuilder("id,link_id,taxonomy_term_id,link_type,link_entity,value\r\n");
        String[][] list = {
            { "shelter", "Transitional shelter for adults (fictional, demonstration)", "shelter.transitional", "18", "", "shelter" },
            { "mhpss", "Psychosocial support (fictional, demonstration)", "mhpss", "", "", "office" },
            { "medical", "Medical check-up and care (fictional, demonstration)", "medical-care", "", "", "office" },
            { "legal", "Legal aid desk (fictional, demonstration)", "legal-aid", "", "", "office" } };
        for (String[] s : list) {
            String id = uuid("service/" + s[0]);
            services.append(id).append(',').append(org).append(",\"").append(s[1]).append('"')
                    .append(",Demonstration data: a made-up service of a made-up organisation.,active,").append(s[3]).append(',')
                    .append(s[4]).append("\r\n");
            attributes.append(uuid("attribute/" + s[0])).append(',').append(id).append(',').append(terms.get(s[2]))
                    .append(",need,service,\r\n");
            String offer = uuid("offer/" + s[0]);
            offers.append(offer).append(',').append(id).append(',').append("shelter".equals(s[5]) ? shelterPlace : office).append("\r\n");
            for (String language : new String[] { "ar", "fr", "en" }) {
                languages.append(uuid("language/" + s[0] + "/" + language)).append(',').append(id).append(",,").append(language)
                        .append(',').append(language).append("\r\n");
            }
            schedules.append(uuid("schedule/" + s[0])).append(',').append(id).append(",,WEEKLY,")
                    .append("shelter".equals(s[5]) ? "\"MO,TU,WE,TH,FR,SA,SU\",00:00,23:59" : "\"MO,TU,WE,TH,FR\",09:00,17:00")
                    .append(",Demonstration hours (fictional)\r\n");
        }
        attributes.append(uuid("attribute/confidential")).append(',').append(shelterPlace).append(',')
                .append(terms.get("location.confidential")).append(",confidential,location,\r\n");
        Map<String, byte[]> files = new LinkedHashMap<>();
        put(files, "organizations.csv", "id,name,description\r\n" + org + "," + DemoData.PARTNER_NAME
                + ",Demonstration data: a made-up service provider. It does not exist.\r\n");
        put(files, "services.csv", services.toString());
        put(files, "locations.csv", "id,location_type,organization_id,name\r\n" + shelterPlace + ",physical," + org
                + ",Shelter (fictional; confidential place)\r\n" + office + ",physical," + org + ",Drop-in office (fictional)\r\n");
        put(files, "addresses.csv", "id,location_id,address_1,city,state_province,postal_code,country,address_type\r\n"
                + uuid("address/shelter") + "," + shelterPlace + ",1 Fictional Street (confidential),Demo City,Demo Region,00000,MA,physical\r\n"
                + uuid("address/office") + "," + office + ",2 Example Avenue (fictional),Demo City,Demo Region,00000,MA,physical\r\n");
        put(files, "service_at_location.csv", offers.toString());
        put(files, "languages.csv", languages.toString());
        put(files, "schedules.csv", schedules.toString());
        put(files, "attributes.csv", attributes.toString());
        return files;
    }

    private static void put(Map<String, byte[]> files, String name, String content) {
        files.put(name, content.getBytes(StandardCharsets.UTF_8));
    }
}
