package org.legalaid.organisation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.legalaid.organisation.DocumentKind;
import org.legalaid.organisation.DocumentNumberSeries;
import org.legalaid.organisation.OrgUnit;
import org.legalaid.organisation.UnitType;
import org.legalaid.organisation.boundary.DocumentNumberSetting.Source;
import org.legalaid.organisation.control.Caller;
import org.legalaid.organisation.control.DocumentNumberSeriesRepository;
import org.legalaid.organisation.control.SeriesOpener;
import org.legalaid.organisation.control.UnitRepository;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Roles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Document numbers (文号) per issuing unit, kind of document and year: {@link #next} gives the
 * next number inside the caller's transaction, and the administrator sets each unit's prefixes.
 *
 * <p>Numbers are unique and without gaps. {@code next} locks the series row until the caller's
 * transaction ends, so concurrent issuers of the same unit, kind and year queue there; when the
 * caller's transaction rolls back (the decision was not saved after all), the increment rolls
 * back with it and the number goes to the next document. Call {@code next} last, just before
 * saving the document, to hold the lock briefly.
 */
@Stateless
@RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR, Roles.ASSIGNMENT_OFFICER, Roles.CASE_SUPERVISOR,
        Roles.COMPLAINT_HANDLER})
public class DocumentNumberService {

    private static final String SERIES = "DocumentNumberSeries";

    @Inject
    private DocumentNumberSeriesRepository series;

    @Inject
    private SeriesOpener opener;

    @Inject
    private UnitRepository units;

    @Inject
    private Caller caller;

    @Inject
    private Event<AuditEvent> audit;

    /**
     * The next number of {@code kind} issued by the unit in {@code year}, formatted
     * ({@code 青北法援决〔2026〕12号}); the first of a year is 1. The unit is the issuing organ
     * (a centre, or the bureau for objection decisions), within the caller's scope.
     */
    public String next(long unitId, @NotNull DocumentKind kind, int year) {
        DocumentNumberSeries.checkYear(year);
        OrgUnit unit = issuingUnit(unitId);
        DocumentNumberSeries s = series.lock(unitId, kind, year).orElseGet(() -> {
            opener.open(unitId, kind, year, prefixForNewSeries(unit, kind, year));
            return series.lock(unitId, kind, year).orElseThrow(() -> new IllegalStateException("series not opened"));
        });
        int number = s.allocate();
        String formatted = s.format(number);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, SERIES, s.getId(),
                unit.code() + " " + kind + " " + year + ": " + formatted));
        return formatted;
    }

    /**
     * For every active issuing unit in the administrator's scope (workstations issue no
     * documents) and every kind: the prefix in force for {@code year} and the last number given.
     */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public List<DocumentNumberSetting> findSettings(int year) {
        DocumentNumberSeries.checkYear(year);
        List<OrgUnit> issuing = units.findSubtree(caller.scope()).stream()
                .filter(u -> u.active() && u.type() != UnitType.WORKSTATION).toList();
        Map<String, DocumentNumberSeries> latest = new HashMap<>();
        for (DocumentNumberSeries s : series.findUpTo(issuing.stream().map(OrgUnit::id).toList(), year)) {
            latest.putIfAbsent(s.getUnitId() + "/" + s.getKind(), s);
        }
        List<DocumentNumberSetting> settings = new ArrayList<>();
        for (OrgUnit u : issuing) {
            for (DocumentKind kind : DocumentKind.values()) {
                DocumentNumberSeries s = latest.get(u.id() + "/" + kind);
                if (s == null) {
                    settings.add(new DocumentNumberSetting(u.id(), u.code(), u.name(), kind, year, kind.defaultPrefix(u.code()),
                            Source.DEFAULT, 0));
                } else if (s.getYear() == year) {
                    settings.add(new DocumentNumberSetting(u.id(), u.code(), u.name(), kind, year, s.getPrefix(), Source.SET,
                            s.getLastNumber()));
                } else {
                    settings.add(new DocumentNumberSetting(u.id(), u.code(), u.name(), kind, year, s.getPrefix(), Source.CARRIED, 0));
                }
            }
        }
        return settings;
    }

    /**
     * Sets the prefix of the unit's series of {@code kind} for {@code year} (and, carried over,
     * for later years until changed). Numbers already given keep their prefix.
     */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public void setPrefix(long unitId, @NotNull DocumentKind kind, int year, String prefix) {
        DocumentNumberSeries.checkYear(year);
        String checked = DocumentNumberSeries.checkOrganPrefix(prefix);
        OrgUnit unit = issuingUnit(unitId);
        var existing = series.lock(unitId, kind, year);
        if (existing.isEmpty()) {
            DocumentNumberSeries s = series.add(new DocumentNumberSeries(unitId, kind, year, checked));
            audit.fire(AuditEvent.of(AuditAction.CREATE, SERIES, s.getId(),
                    unit.code() + " " + kind + " " + year + ": prefix " + checked));
            return;
        }
        DocumentNumberSeries s = existing.get();
        String old = s.getPrefix();
        if (!old.equals(checked)) {
            s.changePrefix(checked);
            audit.fire(AuditEvent.of(AuditAction.UPDATE, SERIES, s.getId(),
                    unit.code() + " " + kind + " " + year + ": prefix " + old + " → " + checked));
        }
    }

    private OrgUnit issuingUnit(long unitId) {
        OrgUnit unit = units.findInScope(unitId, caller.scope()).orElseThrow(() -> new NotFoundException("OrgUnit", unitId));
        if (!unit.active()) {
            throw new BusinessException("organisation.documentNumber.unitInactive", unit.name());
        }
        return unit;
    }

    /** A new year's series keeps the prefix of the unit's latest earlier year, or starts from the default. */
    private String prefixForNewSeries(OrgUnit unit, DocumentKind kind, int year) {
        return series.findEarlierPrefix(unit.id(), kind, year).orElseGet(() -> kind.defaultPrefix(unit.code()));
    }
}
