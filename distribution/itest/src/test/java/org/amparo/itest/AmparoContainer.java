package org.amparo.itest;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/** Pax Exam options that boot the Amparo distribution built by this reactor, as shipped. */
final class AmparoContainer {
    static final int HTTP_PORT = 9181;
    static final String BASE = "http://localhost:" + HTTP_PORT;

    private AmparoContainer() {
    }

    static Option[] options() {
        File distribution = new File(System.getProperty("amparo.distribution"));
        String localRepository = System.getProperty("org.ops4j.pax.url.mvn.localRepository", System.getProperty("user.home") + "/.m2/repository");
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl("file:" + distribution.getAbsolutePath())
                    .unpackDirectory(new File("target/exam"))
                    .name("Amparo")
                    .useDeployFolder(false),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.INFO),
            systemTimeout(120_000),
            vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
            vmOption("-Dderby.stream.error.file=target/derby-exam.log"),
            vmOption("-Duser.timezone=UTC"),
            // the fictional country pack the tests build bundles from (read inside the container)
            vmOption("-Damparo.itest.generatedPack=" + System.getProperty("amparo.itest.generatedPack", "")),
            vmOption("-Damparo.itest.packs=" + new File(System.getProperty("amparo.itest.packs", "../../bundles/org.amparo.countries/src/test/resources/packs")).getAbsolutePath()),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(HTTP_PORT)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", "9101"),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "9199"),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", "9144"),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepository),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories",
                    "https://repo1.maven.org/maven2@id=central"),
            // a page bound to the referral module, to watch a module switch take it away and back
            bundle("file:" + new File(System.getProperty("amparo.itest.bundle")).getAbsolutePath()).start(),
        };
    }
}
