package org.amparo.standards.internal;

import java.util.List;

import org.amparo.standards.LibraryItem;
import org.amparo.standards.Place;

/**
 * An item of the core content with the places its data file says it applies to: screening
 * questions and case steps as they are, and pathway case types that become the pathway steps of
 * whichever packs are active.
 */
record CoreItem(LibraryItem item, List<Place> places, List<String> pathwayTypes) {
    CoreItem {
        places = List.copyOf(places);
        pathwayTypes = List.copyOf(pathwayTypes);
    }
}
