package org.legalaid.lawyers.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.legalaid.lawyers.DutyShift;
import org.legalaid.lawyers.DutyStation;
import org.legalaid.lawyers.Lawyer;
import org.legalaid.lawyers.NewDutyStation;
import org.legalaid.lawyers.RosterCheck;
import org.legalaid.lawyers.RosterShift;
import org.legalaid.lawyers.Shift;
import org.legalaid.lawyers.control.RosterRepository;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Roles;

import java.io.Serializable;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Duty lawyers 值班律师 (LAL art. 14; issue 4 "Duty lawyers"): the assignment officer keeps the
 * duty stations of the units in scope (courts, procuratorates, detention centres) and rosters
 * lawyers on them by half day or full day. A lawyer who is not active gets no duty, and no lawyer
 * is in two places at once — checked against the roster ({@link RosterCheck}) and, for two
 * officers rostering at the same moment, by the database's unique key, which gives the same
 * message. Duty days count towards the quota (read by the quota ledger).
 */
@Stateless
@RolesAllowed(Roles.ASSIGNMENT_OFFICER)
public class RosterService {

    static final String STATION = "DutyStation";
    static final String SHIFT = "DutyShift";
    /** Longest period one roster query covers (a month view with the weeks around it). */
    static final int MAX_DAYS = 100;
    /** SQLSTATE of a unique-key violation, in PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    private RosterRepository roster;

    @Inject
    private OrganisationService organisation;

    @Inject
    private Clock clock;

    @Inject
    private Event<AuditEvent> audit;

    /** A shift as the calendar shows it. */
    public record ShiftRow(long id, long stationId, String stationName, long lawyerId, String lawyerName, LocalDate date,
                           Shift halfDay) implements Serializable {
    }

    /** An active lawyer the officer may roster. */
    public record LawyerChoice(long id, String name, String firmName) implements Serializable {
    }

    /** The duty stations of the caller's units, by unit and name. */
    @RolesAllowed(Roles.ASSIGNMENT_OFFICER)
    public List<DutyStation> findStations(boolean includeInactive) {
        return roster.findStations(organisation.findUnitIdsInScope(), includeInactive);
    }

    /**
     * Adds a station to the officer's own unit.
     *
     * @throws BusinessException {@code lawyers.station.nameTaken} (name)
     */
    @RolesAllowed(Roles.ASSIGNMENT_OFFICER)
    public DutyStation addStation(@NotNull @Valid NewDutyStation form) {
        long unitId = organisation.getCaller().getUnitId();
        String name = form.getName().strip();
        if (roster.stationNameTaken(unitId, name, null)) {
            throw new BusinessException("lawyers.station.nameTaken", name);
        }
        DutyStation s = roster.add(new DutyStation(unitId, form));
        roster.flush();
        audit.fire(AuditEvent.of(AuditAction.CREATE, STATION, s.getId(), s.getType() + " " + s.getName()));
        return s;
    }

    /** Corrects a station's details as the officer saw them at {@code expectedVersion}. */
    @RolesAllowed(Roles.ASSIGNMENT_OFFICER)
    public DutyStation updateStation(long id, @NotNull @Valid NewDutyStation form, long expectedVersion) {
        DutyStation s = station(id, expectedVersion);
        String name = form.getName().strip();
        if (roster.stationNameTaken(s.getUnitId(), name, s.getId())) {
            throw new BusinessException("lawyers.station.nameTaken", name);
        }
        s.update(form);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, STATION, id, s.getType() + " " + s.getName()));
        return s;
    }

    /** Takes a station out of use (its past shifts stay) or back into use. */
    @RolesAllowed(Roles.ASSIGNMENT_OFFICER)
    public DutyStation setStationActive(long id, boolean active, long expectedVersion) {
        DutyStation s = station(id, expectedVersion);
        s.setActive(active);
        audit.fire(AuditEvent.of(AuditAction.UPDATE, STATION, id, active ? "back in use" : "out of use"));
        return s;
    }

    /**
     * Rosters a lawyer at a station on a day: a morning, an afternoon or a full day (stored as both
     * half days).
     *
     * @throws BusinessException {@code lawyers.station.inactive} (name) for a station out of use;
     *                           {@code lawyers.roster.notActive} (status) for a lawyer who is not
     *                           active; {@code lawyers.roster.doubleBooked} (date, half day) when
     *                           the lawyer already has duty then, found on the roster or, for a
     *                           simultaneous booking, by the database
     */
    @RolesAllowed(Roles.ASSIGNMENT_OFFICER)
    public List<RosterShift> addShift(long stationId, long lawyerId, @NotNull LocalDate date, @NotNull Shift shift) {
        DutyStation station = roster.findStationInUnits(stationId, organisation.findUnitIdsInScope())
                .orElseThrow(() -> new NotFoundException(STATION, stationId));
        if (!station.isActive()) {
            throw new BusinessException("lawyers.station.inactive", station.getName());
        }
        Lawyer lawyer = roster.findLawyer(lawyerId).orElseThrow(() -> new NotFoundException("Lawyer", lawyerId));
        List<DutyShift> existing = roster.findShiftsOf(lawyerId, date).stream().map(RosterShift::toDutyShift).toList();
        RosterCheck.check(existing, new DutyShift(lawyerId, stationId, date, shift), lawyer.getStatus());
        List<Shift> halves = shift == Shift.FULL_DAY ? List.of(Shift.MORNING, Shift.AFTERNOON) : List.of(shift);
        String by = organisation.getCaller().getUsername();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<RosterShift> added = halves.stream().map(h -> roster.add(new RosterShift(stationId, lawyerId, date, h, by, now))).toList();
        try {
            roster.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                // Another officer rostered the lawyer for this half day a moment ago.
                throw RosterCheck.doubleBooked(date, shift == Shift.FULL_DAY ? Shift.MORNING : shift);
            }
            throw e;
        }
        for (RosterShift s : added) {
            audit.fire(AuditEvent.of(AuditAction.CREATE, SHIFT, s.getId(), lawyer.getName() + " (" + lawyerId + ") at "
                    + station.getName() + " on " + date + " " + s.getHalfDay()));
        }
        return added;
    }

    /** Takes a half day off the roster. */
    @RolesAllowed(Roles.ASSIGNMENT_OFFICER)
    public void removeShift(long shiftId) {
        RosterShift s = roster.findShift(shiftId).orElseThrow(() -> new NotFoundException(SHIFT, shiftId));
        DutyStation station = roster.findStationInUnits(s.getStationId(), organisation.findUnitIdsInScope())
                .orElseThrow(() -> new NotFoundException(SHIFT, shiftId));
        roster.remove(s);
        audit.fire(AuditEvent.of(AuditAction.DELETE, SHIFT, shiftId, "lawyer " + s.getLawyerId() + " at " + station.getName()
                + " on " + s.getDate() + " " + s.getHalfDay()));
    }

    /**
     * The roster from {@code from} to {@code to} (inclusive, at most {@value #MAX_DAYS} days) at one
     * station, or at every station in scope when {@code stationId} is null.
     */
    @RolesAllowed({Roles.ASSIGNMENT_OFFICER, Roles.BUREAU_SUPERVISOR, Roles.APPROVER})
    public List<ShiftRow> findShifts(@NotNull LocalDate from, @NotNull LocalDate to, Long stationId) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new BusinessException("lawyers.roster.period", String.valueOf(MAX_DAYS));
        }
        Map<Long, DutyStation> stations = roster.findStations(organisation.findUnitIdsInScope(), true).stream()
                .filter(s -> stationId == null || s.getId().equals(stationId))
                .collect(Collectors.toMap(DutyStation::getId, Function.identity()));
        return roster.findShifts(List.copyOf(stations.keySet()), from, to).stream().map(r -> {
            RosterShift s = (RosterShift) r[0];
            return new ShiftRow(s.getId(), s.getStationId(), stations.get(s.getStationId()).getName(), s.getLawyerId(),
                    (String) r[1], s.getDate(), s.getHalfDay());
        }).toList();
    }

    /** Active lawyers whose name contains {@code text}, for the roster's lawyer picker. */
    @RolesAllowed(Roles.ASSIGNMENT_OFFICER)
    public List<LawyerChoice> findActiveLawyers(@Size(max = 50) String text, @Min(1) @Max(100) int max) {
        return roster.findActiveLawyers(text == null || text.isBlank() ? null : text.strip(), max).stream()
                .map(r -> new LawyerChoice((Long) r[0], (String) r[1], (String) r[2])).toList();
    }

    private DutyStation station(long id, long expectedVersion) {
        DutyStation s = roster.findStationInUnits(id, organisation.findUnitIdsInScope())
                .orElseThrow(() -> new NotFoundException(STATION, id));
        if (s.getVersion() != expectedVersion) {
            throw new BusinessException("error.staleData");
        }
        return s;
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
