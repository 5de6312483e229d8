package org.amparo.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;

import org.amparo.catalog.ImportReport;
import org.amparo.catalog.ServiceDetail;
import org.amparo.catalog.internal.CatalogService;
import org.amparo.persistence.internal.JdbcDatabase;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

/** The demonstration service provider imports cleanly into the real catalogue and keeps its shelter confidential. */
class DemoReferralPartnerTest {
    @Test
    void theFictionalProviderImportsWithoutProblemsAndItsShelterIsConfidential() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:demo-catalog-" + System.nanoTime());
        ds.setCreateDatabase("create");
        CatalogService catalog = new CatalogService(new JdbcDatabase(ds));
        Map<String, byte[]> files = DemoReferralPartner.files(catalog);
        ImportReport report = catalog.importDatapackage("system:demo",
                path -> Optional.ofNullable(files.get(path)).map(ByteArrayInputStream::new), "demo");
        assertThat(report.problems()).isEmpty();
        assertThat(catalog.organization(DemoReferralPartner.ORGANIZATION_ID)).hasValueSatisfying(
                o -> assertThat(o.text("name").orElse("")).contains("Fictional"));
        ServiceDetail shelter = catalog.service(DemoReferralPartner.uuid("service/shelter")).orElseThrow();
        assertThat(shelter.name()).contains("fictional");
        assertThat(shelter.locations()).singleElement().satisfies(l -> assertThat(l.confidential()).isTrue());
        assertThat(catalog.services("legal-aid", null, null, 0, 10).items()).hasSize(1);
        assertThat(catalog.exportJson()).doesNotContain("1 Fictional Street");
    }
}
