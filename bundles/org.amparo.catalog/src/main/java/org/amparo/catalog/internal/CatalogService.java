package org.amparo.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.amparo.catalog.Catalog;
import org.amparo.catalog.CatalogImport;
import org.amparo.catalog.CatalogSource;
import org.amparo.catalog.Eligibility;
import org.amparo.catalog.ExportedFiles;
import org.amparo.catalog.HsdsObject;
import org.amparo.catalog.HsdsRecord;
import org.amparo.catalog.ImportProblem;
import org.amparo.catalog.ImportReport;
import org.amparo.catalog.ImportRun;
import org.amparo.catalog.LocationDetail;
import org.amparo.catalog.ServiceDetail;
import org.amparo.catalog.ServicePage;
import org.amparo.catalog.ServiceSummary;
import org.amparo.catalog.Term;
import org.amparo.persistence.Database;
import org.amparo.persistence.Transaction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The service catalogue on the platform database. */
@Component(service = {Catalog.class, CatalogImport.class})
public final class CatalogService implements Catalog, CatalogImport {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogService.class);

    private final Database database;
    private final Store store;
    private final Clock clock;
    private final ReentrantLock importing = new ReentrantLock();

    @Activate
    public CatalogService(@Reference Database database) {
        this(database, Clock.systemUTC());
    }

    CatalogService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.store = new Store(database);
        database.migrate("catalog", CatalogService.class);
        ensureBuiltins();
    }

    private void ensureBuiltins() {
        List<String> ids = Builtin.ids();
        database.run(tx -> {
            if (store.existing(tx, "taxonomy_terms", new HashSet<>(ids)).size() < ids.size()) {
                store.write(tx, Builtin.batch(), "system", "amparo built-in taxonomies", "builtin", null, clock.instant());
            }
            MatchingTables.ensure(tx);
        });
    }

    // ---- import and export

    @Override
    public ImportReport importDatapackage(String importedBy, CatalogSource source, String label) {
        return importDatapackage(importedBy, source, label, null);
    }

    /** Imports a seed datapackage as {@code system}, unless an import with {@code seedKey} was stored. */
    ImportReport seed(CatalogSource source, String label, String seedKey) {
        return importDatapackage("system", source, label, seedKey);
    }

    private ImportReport importDatapackage(String importedBy, CatalogSource source, String label, String seedKey) {
        Batch batch;
        try {
            batch = new DatapackageReader(source).read();
        } catch (IOException e) {
            return refused(label, new ImportProblem(label, 0, "", "", "catalog.problem.unreadable", List.of(String.valueOf(e.getMessage()))));
        }
        return store(importedBy, label, "csv", seedKey, batch);
    }

    @Override
    public ImportReport importJson(String importedBy, HsdsObject kind, InputStream json, String label) {
        Batch batch;
        try {
            batch = new JsonReader(label).read(kind, json);
        } catch (IOException e) {
            return refused(label, new ImportProblem(label, 0, "", "", "catalog.problem.unreadable", List.of(String.valueOf(e.getMessage()))));
        }
        return store(importedBy, label, "json", null, batch);
    }

    /** Validates {@code batch} and, when it has no problem, stores it in one transaction. */
    private ImportReport store(String importedBy, String label, String format, String seedKey, Batch batch) {
        importing.lock();
        try {
            return database.inTransaction(tx -> {
                if (seedKey != null && tx.queryLong("SELECT COUNT(*) FROM catalog.import_run WHERE seed_key = ?", seedKey) > 0) {
                    return new ImportReport(0, label, Map.of(), Map.of(), List.of());
                }
                if (batch.problems.isEmpty()) {
                    Validation.check(batch, (resource, ids) -> store.existing(tx, resource, ids));
                }
                if (!batch.problems.isEmpty()) {
                    LOG.info("Catalogue import {} refused: {} problem(s)", label, batch.problems.size());
                    return new ImportReport(0, label, Map.of(), Map.of(), batch.problems);
                }
                Store.Written written = store.write(tx, batch, importedBy, label, format, seedKey, clock.instant());
                LOG.info("Catalogue import {} by {}: {} inserted, {} updated", label, importedBy,
                        written.inserted().values().stream().mapToInt(Integer::intValue).sum(),
                        written.updated().values().stream().mapToInt(Integer::intValue).sum());
                return new ImportReport(written.importId(), label, written.inserted(), written.updated(), List.of());
            });
        } finally {
            importing.unlock();
        }
    }

    private static ImportReport refused(String label, ImportProblem problem) {
        return new ImportReport(0, label, Map.of(), Map.of(), List.of(problem));
    }

    /** The problems {@code batch} would be refused for, without storing anything (exports are checked this way). */
    List<ImportProblem> check(Batch batch) {
        if (batch.problems.isEmpty()) {
            database.run(tx -> Validation.check(batch, (resource, ids) -> store.existing(tx, resource, ids)));
        }
        return List.copyOf(batch.problems);
    }

    @Override
    public ExportedFiles exportDatapackage() {
        return database.inTransaction(tx -> new Exporter(store, tx).datapackage());
    }

    @Override
    public String exportJson() {
        return database.inTransaction(tx -> new Exporter(store, tx).json());
    }

    // ---- reading

    @Override
    public Optional<HsdsRecord> organization(String id) {
        return database.inTransaction(tx -> one(tx, "organizations", id));
    }

    private Optional<HsdsRecord> one(Transaction tx, String resource, String id) {
        Store.Table table = Store.table(resource);
        return tx.queryOne("SELECT id, fields FROM " + table.name() + " WHERE id = ?", row -> Store.record(resource, row), id);
    }

    @Override
    public Optional<ServiceDetail> service(String id) {
        return database.inTransaction(tx -> one(tx, "services", id).map(service -> {
            HsdsRecord organization = service.text("organization_id").flatMap(o -> one(tx, "organizations", o)).orElse(null);
            List<HsdsRecord> sals = store.where(tx, "service_at_location", "service_id", id);
            List<LocationDetail> locations = new ArrayList<>();
            List<HsdsRecord> schedules = new ArrayList<>(store.where(tx, "schedules", "service_id", id));
            for (HsdsRecord sal : sals) {
                sal.text("location_id").flatMap(l -> location(tx, l)).ifPresent(locations::add);
                schedules.addAll(store.where(tx, "schedules", "service_at_location_id", sal.id()).stream()
                        .filter(s -> schedules.stream().noneMatch(t -> t.id().equals(s.id()))).toList());
            }
            List<Eligibility> eligibility = tx.query("SELECT kind, accepted FROM catalog.eligibility WHERE service_id = ? ORDER BY kind, accepted",
                    row -> new Eligibility(row.getString("kind"), row.getString("accepted")), id);
            return new ServiceDetail(service, organization, sals, locations, store.where(tx, "phones", "service_id", id),
                    store.where(tx, "contacts", "service_id", id), schedules, store.where(tx, "languages", "service_id", id),
                    store.where(tx, "service_areas", "service_id", id), eligibility, terms(tx, id));
        }));
    }

    private List<Term> terms(Transaction tx, String serviceId) {
        return tx.query("""
                SELECT t.id, t.code, t.name, x.name AS taxonomy FROM catalog.attribute a
                JOIN catalog.taxonomy_term t ON t.id = a.taxonomy_term_id
                LEFT JOIN catalog.taxonomy x ON x.id = t.taxonomy_id
                WHERE a.link_id = ? ORDER BY t.code""", row -> term(row.getString("id"), row.getString("code"), row.getString("taxonomy"),
                row.getString("name")), serviceId);
    }

    private static Term term(String id, String code, String taxonomy, String name) {
        boolean builtin = Catalog.PROTECTION_TAXONOMY.equals(taxonomy) || Catalog.AMPARO_TAXONOMY.equals(taxonomy);
        return new Term(id, code == null ? "" : code, taxonomy == null ? "" : taxonomy, name == null ? "" : name,
                builtin && code != null ? Builtin.labelKey(code) : "");
    }

    @Override
    public Optional<LocationDetail> location(String id) {
        return database.inTransaction(tx -> location(tx, id));
    }

    private Optional<LocationDetail> location(Transaction tx, String id) {
        Optional<Boolean> confidential = tx.queryOne("SELECT confidential FROM catalog.location WHERE id = ?",
                row -> row.getBoolean("confidential"), id);
        return one(tx, "locations", id).map(location -> new LocationDetail(location, confidential.orElse(true),
                store.where(tx, "addresses", "location_id", id), store.where(tx, "phones", "location_id", id),
                store.where(tx, "schedules", "location_id", id), store.where(tx, "languages", "location_id", id)));
    }

    @Override
    public ServicePage services(String termCode, String text, String organizationId, int offset, int limit) {
        int size = Math.max(0, Math.min(limit, ServicePage.MAX_LIMIT));
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (termCode != null && !termCode.isBlank()) {
            where.append("""
                     AND s.id IN (SELECT a.link_id FROM catalog.attribute a JOIN catalog.taxonomy_term t ON t.id = a.taxonomy_term_id
                    WHERE t.taxonomy_id = ? AND (t.code = ? OR t.code LIKE ? ESCAPE '!'))""");
            parameters.add(Builtin.PROTECTION_TAXONOMY_ID);
            parameters.add(termCode);
            parameters.add(escape(termCode) + ".%");
        }
        if (text != null && !text.isBlank()) {
            where.append(" AND s.search_text LIKE ? ESCAPE '!'");
            parameters.add("%" + escape(text.trim().toLowerCase(Locale.ROOT)) + "%");
        }
        if (organizationId != null && !organizationId.isBlank()) {
            where.append(" AND s.organization_id = ?");
            parameters.add(organizationId);
        }
        return database.inTransaction(tx -> {
            long total = tx.queryLong("SELECT COUNT(*) FROM catalog.service s" + where, parameters.toArray());
            List<Object> paged = new ArrayList<>(parameters);
            paged.add(Math.max(0, offset));
            paged.add(size);
            List<String[]> rows = tx.query("""
                    SELECT s.id, s.name, s.status, s.organization_id, o.name AS organization_name FROM catalog.service s
                    LEFT JOIN catalog.organization o ON o.id = s.organization_id""" + where
                    + " ORDER BY s.name, s.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                    row -> new String[] {row.getString("id"), row.getString("name"), row.getString("status"), row.getString("organization_id"),
                            row.getString("organization_name")}, paged.toArray());
            List<ServiceSummary> items = new ArrayList<>();
            for (String[] row : rows) {
                List<String> codes = terms(tx, row[0]).stream().filter(t -> Catalog.PROTECTION_TAXONOMY.equals(t.taxonomy()))
                        .map(Term::code).toList();
                items.add(new ServiceSummary(row[0], row[1], row[2], row[3], row[4], codes));
            }
            return new ServicePage(items, total, Math.max(0, offset) + items.size() < total);
        });
    }

    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    public Map<String, Long> counts() {
        return database.inTransaction(store::counts);
    }

    @Override
    public List<Term> terms(String taxonomy) {
        return database.inTransaction(tx -> tx.query("""
                SELECT t.id, t.code, t.name, x.name AS taxonomy FROM catalog.taxonomy_term t
                JOIN catalog.taxonomy x ON x.id = t.taxonomy_id WHERE x.name = ? ORDER BY t.code""",
                row -> term(row.getString("id"), row.getString("code"), row.getString("taxonomy"), row.getString("name")), taxonomy));
    }

    @Override
    public List<ImportRun> imports() {
        return database.inTransaction(tx -> tx.query("""
                SELECT id, source, format, imported_by, imported_at, inserted, updated FROM catalog.import_run ORDER BY id DESC""",
                row -> new ImportRun(row.getLong("id"), row.getString("source"), row.getString("format"), row.getString("imported_by"),
                        row.getInstant("imported_at"), row.getInt("inserted"), row.getInt("updated"))));
    }

    Database database() {
        return database;
    }

}
