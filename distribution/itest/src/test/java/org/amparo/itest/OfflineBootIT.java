package org.amparo.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

/**
 * Boots the built distribution in a network namespace that has nothing but loopback
 * ({@code unshare --net}), as on a country-office server without internet: the platform must
 * answer HTTP 200 and run a console command over ssh with an Amparo account. The script also
 * prints the cold-start time and the idle resident memory recorded in docs/benchmarks.md.
 */
public class OfflineBootIT {

    @Test
    public void bootsWithNoNetworkAnswersHttpAndRunsAConsoleCommand() throws Exception {
        Path distribution = Path.of(System.getProperty("amparo.distribution")).toAbsolutePath();
        Path work = Path.of("target", "offline-boot").toAbsolutePath();
        Path script = Path.of("src", "test", "scripts", "offline-boot.sh").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of("unshare", "--net"));
        if (!"root".equals(System.getProperty("user.name"))) {
            command.add("--map-root-user");
        }
        Path kar = Path.of(System.getProperty("amparo.itest.generatedKar")).toAbsolutePath();
        assertTrue("the archetype's own test built a pack .kar: " + kar, Files.isRegularFile(kar));
        command.addAll(List.of("bash", script.toString(), distribution.toString(), work.toString(), kar.toString()));

        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("the offline boot finishes within 5 minutes", process.waitFor(5, TimeUnit.MINUTES));
        Files.writeString(Path.of("target", "offline-boot.txt"), output);

        assertEquals(output, 0, process.exitValue());
        assertTrue("really offline: " + output, output.contains("NETWORK=none"));
        assertTrue(output, output.contains("LOGIN_PAGE_STATUS=200"));
        String console = between(output, "CONSOLE_OUTPUT_BEGIN", "CONSOLE_OUTPUT_END");
        assertTrue("the console command ran over ssh with a demo account: " + console,
                console.contains("demo.caseworker") && console.contains("demo.auditor"));
        assertTrue("a production start offers the first-administrator set-up: " + output,
                output.contains("PRODUCTION_SETUP_PAGE_STATUS=200"));
        assertTrue(output, number(output, "PRODUCTION_COLD_START_MS") > 0);
        assertTrue(output, number(output, "COLD_START_MS") > 0);
        assertTrue(output, number(output, "RSS_KB") > 0);
        String modules = between(output, "MODULES_AFTER_RESTART_BEGIN", "MODULES_AFTER_RESTART_END");
        assertTrue("a module switched off before the restart is still off after it: " + modules,
                modules.matches("(?s).*training\\s+\\|[^|]*\\|\\s*off\\b.*"));
        assertTrue("the others keep their state: " + modules, modules.matches("(?s).*referral\\s+\\|[^|]*\\|\\s*on\\b.*"));
        String deployed = between(output, "KAR_DEPLOYED_BEGIN", "KAR_DEPLOYED_END");
        assertTrue("a country pack dropped into deploy/ as a .kar becomes active: " + deployed,
                deployed.matches("(?s).*XA\\s+\\|\\s*Exampleland[^\\n]*\\|\\s*active\\b.*"));
        String removed = between(output, "KAR_REMOVED_BEGIN", "KAR_REMOVED_END");
        assertTrue("and is withdrawn when the .kar is deleted: " + removed, removed.matches("(?s).*XA\\s+\\|[^\\n]*\\|\\s*removed\\b.*"));
        assertTrue(output, output.contains("AFTER_KAR_LOGIN_STATUS=200"));
        assertTrue(output, output.contains("STOPPED"));
    }

    private static String between(String text, String from, String to) {
        int a = text.indexOf(from);
        int b = text.indexOf(to);
        return a < 0 || b < a ? "" : text.substring(a + from.length(), b);
    }

    private static long number(String text, String name) throws IOException {
        Matcher m = Pattern.compile("(?m)^" + name + "=(\\d+)").matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}
