package cn.yixin.api.inspection;

import cn.yixin.api.security.Caller;
import cn.yixin.domain.inspection.Inspector;
import cn.yixin.store.InspectionRepository;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;

/**
 * Reads the roster with the masked names only: kept apart from {@link InspectorRoster} so the read never holds the
 * identifier keys (PersonalDataOperations: only the registration seals).
 */
@Singleton
public class InspectorRosterReads {

    private final InspectionRepository repository;

    public InspectorRosterReads(InspectionRepository repository) {
        this.repository = repository;
    }

    public InspectionViews.Roster list(Caller caller) {
        List<InspectionViews.InspectorView> all = repository.roster(caller.tenant()).stream()
                .sorted(Comparator.comparing(Inspector::id)).map(InspectionViews.InspectorView::of).toList();
        return new InspectionViews.Roster(all.size(), all);
    }
}
