package org.amparo.shell.internal;

import org.amparo.countries.CountryPacks;
import org.amparo.countries.PackState;
import org.amparo.countries.PackStatus;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code amparo:country-list}: every country pack, installed or removed, and whether it was refused. */
@Command(scope = "amparo", name = "country-list", description = "Lists the country packs and their state (active, loading, refused, removed)")
@Service
public class CountryListCommand extends AmparoAction {
    @Reference
    CountryPacks packs;

    @Override
    void run() {
        ShellTable table = new ShellTable().emptyTableText(text("shell.country.none"));
        table.column(text("shell.column.country"));
        table.column(text("shell.column.name"));
        table.column(text("shell.column.version"));
        table.column(text("shell.column.state"));
        table.column(text("shell.column.bundle"));
        table.column(text("shell.column.problems"));
        table.column(text("shell.column.translations"));
        for (PackStatus pack : packs.packs()) {
            String name = packs.country(pack.code() == null ? "" : pack.code())
                    .map(country -> text(country.nameKey())).orElse(pack.symbolicName());
            table.addRow().addContent(pack.code() == null ? "-" : pack.code(), name, pack.version(),
                    text("shell.country.state." + pack.state().name().toLowerCase(java.util.Locale.ROOT)),
                    pack.bundleId() < 0 ? "-" : String.valueOf(pack.bundleId()),
                    pack.state() == PackState.REFUSED ? String.valueOf(pack.problems().size()) : "",
                    String.join(", ", pack.translations()));
        }
        table.print(session.getConsole());
    }
}
