package vn.thidua.query.orgunit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.orgunit.OrgUnitCreated;
import vn.thidua.api.orgunit.OrgUnitMerged;
import vn.thidua.api.orgunit.OrgUnitRenamed;
import vn.thidua.api.orgunit.OrgUnitReparented;
import vn.thidua.api.orgunit.UnitAuthorityChanged;
import vn.thidua.api.orgunit.UnitDetails;
import vn.thidua.api.orgunit.UnitDetailsQuery;
import vn.thidua.api.orgunit.UnitListQuery;
import vn.thidua.api.orgunit.UnitPage;
import vn.thidua.api.orgunit.UnitSummary;

/** The hierarchy as everyone sees it now: list by subtree, one unit with its ancestors and children. */
@Component
@ProcessingGroup(UnitProjection.PROCESSING_GROUP)
class UnitProjection {

    static final String PROCESSING_GROUP = "units";
    static final int MAX_PAGE_SIZE = 500;

    private final UnitViews units;
    private final UnitScope scope;

    UnitProjection(UnitViews units) {
        this.units = units;
        this.scope = new UnitScope(units);
    }

    @ResetHandler
    void reset() {
        units.deleteAllInBatch();
    }

    @EventHandler
    void on(OrgUnitCreated event, @SequenceNumber long sequence) {
        if (units.findById(event.unitId().value()).isPresent()) {
            return;
        }
        UnitView unit = new UnitView(event.unitId().value());
        unit.name = event.name();
        unit.abbreviation = event.abbreviation();
        unit.level = event.level();
        unit.kind = event.kind();
        unit.category = event.category();
        unit.parentId = event.parentId() == null ? null : event.parentId().value();
        unit.authority(event.authority());
        unit.path = pathUnder(unit.parentId) + unit.unitId + "/";
        unit.lastSequence = sequence;
        units.save(unit);
    }

    @EventHandler
    void on(OrgUnitRenamed event, @SequenceNumber long sequence) {
        fresh(event.unitId().value(), sequence).ifPresent(unit -> {
            unit.name = event.name();
            unit.abbreviation = event.abbreviation();
        });
    }

    @EventHandler
    void on(UnitAuthorityChanged event, @SequenceNumber long sequence) {
        fresh(event.unitId().value(), sequence).ifPresent(unit -> unit.authority(event.authority()));
    }

    @EventHandler
    void on(OrgUnitReparented event, @SequenceNumber long sequence) {
        fresh(event.unitId().value(), sequence).ifPresent(unit -> {
            unit.parentId = event.newParentId().value();
            move(unit, pathUnder(unit.parentId) + unit.unitId + "/");
        });
    }

    /** The merged unit stays where it was, marked; its children now hang under the survivor. */
    @EventHandler
    void on(OrgUnitMerged event, @SequenceNumber long sequence) {
        fresh(event.unitId().value(), sequence).ifPresent(unit -> {
            unit.mergedInto = event.survivorId().value();
            String survivorPath = pathUnder(unit.mergedInto);
            for (UnitView child : units.findByParentIdAndMergedIntoIsNull(unit.unitId)) {
                child.parentId = unit.mergedInto;
                move(child, survivorPath + child.unitId + "/");
            }
        });
    }

    @QueryHandler
    UnitPage handle(UnitListQuery query) {
        int size = Math.max(1, Math.min(query.size(), MAX_PAGE_SIZE));
        int page = Math.max(0, query.page());
        PageRequest request = PageRequest.of(page, size, Sort.by("path"));
        Page<UnitView> found;
        if (scope.seesEverything(query.viewer())) {
            found = units.findAll(request);
        } else {
            Optional<UnitView> viewer = units.findById(query.viewer().unitId().value());
            if (viewer.isEmpty()) {
                return new UnitPage(List.of(), page, size, 0);
            }
            found = units.findByPathStartingWith(viewer.get().path, request);
        }
        return new UnitPage(found.map(UnitView::summary).getContent(), page, size, found.getTotalElements());
    }

    @QueryHandler
    UnitDetails handle(UnitDetailsQuery query) {
        UnitView unit = units.findById(query.unitId().value()).orElseThrow(() ->
                RuleViolationException.notFound("U1", "unit " + query.unitId() + " does not exist"));
        String viewerPath = units.findById(query.viewer().unitId().value()).map(v -> v.path).orElse("\0");
        if (!scope.seesEverything(query.viewer()) && !unit.path.startsWith(viewerPath)) {
            throw RuleViolationException.forbidden("U1", "unit " + query.unitId()
                    + " is outside the subtree of your unit " + query.viewer().unitId());
        }
        List<UnitSummary> ancestors = new ArrayList<>();
        for (String id = unit.parentId; id != null; ) {
            Optional<UnitView> ancestor = units.findById(id);
            if (ancestor.isEmpty()) {
                break;
            }
            ancestors.add(ancestor.get().summary());
            id = ancestor.get().parentId;
        }
        List<UnitSummary> children = units.findByParentIdOrderByName(unit.unitId).stream().map(UnitView::summary).toList();
        return new UnitDetails(unit.summary(), ancestors, children);
    }

    private Optional<UnitView> fresh(String unitId, long sequence) {
        return units.findById(unitId).filter(unit -> unit.lastSequence < sequence).map(unit -> {
            unit.lastSequence = sequence;
            return unit;
        });
    }

    private void move(UnitView unit, String newPath) {
        units.flush();
        units.movePaths(unit.path, newPath);
        unit.path = newPath;
    }

    private String pathUnder(String parentId) {
        return parentId == null ? "/" : units.findById(parentId).map(parent -> parent.path).orElse("/" + parentId + "/");
    }
}
