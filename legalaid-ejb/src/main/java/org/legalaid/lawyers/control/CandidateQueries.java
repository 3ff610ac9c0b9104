package org.legalaid.lawyers.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.legalaid.lawyers.InterestRelation;
import org.legalaid.lawyers.LawyerStatus;
import org.legalaid.lawyers.Specialty;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts the assignment ranking needs about every lawyer of the pool, read in two SQL queries
 * (issue 4 "Speed": 10,000 lawyers in well under 50 ms). The first reads each lawyer with the firm
 * and, restricted to what the case asks about, whether the lawyer serves the case's district and
 * which of the asked-for specialties and languages the lawyer has — set-based, one hash join per
 * table, no query per lawyer. The second reads the conflicts: which lawyers and firms acted for,
 * or are related to, any of the case's opposing parties, from the clients of past assignments and
 * the declared interests, by the indexed party keys.
 *
 * <p>PostgreSQL (arrays); the H2 database of the unit tests never runs it.
 */
@ApplicationScoped
public class CandidateQueries {

    private static final String LAWYERS = """
            with serves as (select lawyer_id from lawyer_region where region_code = ?),
                 specs as (select lawyer_id, array_agg(specialty) as a from lawyer_specialty
                           where specialty = any (?) group by lawyer_id),
                 langs as (select lawyer_id, array_agg(language_code) as a from lawyer_language
                           where language_code = any (?) group by lawyer_id)
            select l.id, l.firm_id, l.name, f.name, l.status, l.criminal_practice_since, l.juvenile_experience,
                   l.open_cases, l.max_open_cases, s.lawyer_id is not null, sp.a, lg.a
              from lawyer l
              join law_firm f on f.id = l.firm_id
              left join serves s on s.lawyer_id = l.id
              left join specs sp on sp.lawyer_id = l.id
              left join langs lg on lg.lawyer_id = l.id
            """;

    private static final String CONFLICTS = """
            select a.lawyer_id, a.firm_id, a.client_key, 'ASSIGNMENT' from assignment a where a.client_key = any (?)
            union all
            select i.lawyer_id, l.firm_id, i.party_key, i.relation from lawyer_interest i
              join lawyer l on l.id = i.lawyer_id where i.party_key = any (?)
            """;

    @Resource(lookup = "java:jboss/datasources/LegalAidDS")
    private DataSource dataSource;

    /**
     * One lawyer as the case sees them.
     *
     * @param servesRegion whether the lawyer serves the case's district
     * @param specialties  those of the asked-for specialties the lawyer has
     * @param languages    those of the asked-for languages the lawyer speaks
     */
    public record Row(long lawyerId, long firmId, String name, String firmName, LawyerStatus status,
                      LocalDate criminalPracticeSince, boolean juvenileExperience, int openCases, int maxOpenCases,
                      boolean servesRegion, Set<Specialty> specialties, Set<String> languages) {
    }

    /** Party keys per lawyer and per firm, from legal aid assignments and declared interests. */
    public record Conflicts(Map<Long, Set<String>> lawyerActedFor, Map<Long, Set<String>> firmActedFor,
                            Map<Long, Set<String>> lawyerRelatedTo) {

        public Set<String> lawyer(long id) {
            return lawyerActedFor.getOrDefault(id, Set.of());
        }

        public Set<String> firm(long id) {
            return firmActedFor.getOrDefault(id, Set.of());
        }

        public Set<String> related(long id) {
            return lawyerRelatedTo.getOrDefault(id, Set.of());
        }
    }

    /**
     * Every lawyer of the pool, with the facts that bear on a case in {@code region} asking for
     * {@code specialties} and {@code languages}.
     */
    public List<Row> lawyers(String region, Collection<Specialty> specialties, Collection<String> languages) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(LAWYERS)) {
            ps.setString(1, region);
            ps.setArray(2, c.createArrayOf("varchar", specialties.stream().map(Enum::name).toArray()));
            ps.setArray(3, c.createArrayOf("varchar", languages.toArray()));
            ps.setFetchSize(2000);
            List<Row> rows = new ArrayList<>(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date criminal = rs.getDate(6);
                    rows.add(new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            LawyerStatus.valueOf(rs.getString(5)), criminal == null ? null : criminal.toLocalDate(),
                            rs.getBoolean(7), rs.getInt(8), rs.getInt(9), rs.getBoolean(10),
                            specialties(rs.getArray(11)), strings(rs.getArray(12))));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the candidates failed", e);
        }
    }

    /** Who acted for, or is related to, any of the parties keyed {@code partyKeys}. */
    public Conflicts conflicts(Collection<String> partyKeys) {
        Map<Long, Set<String>> lawyer = new HashMap<>();
        Map<Long, Set<String>> firm = new HashMap<>();
        Map<Long, Set<String>> related = new HashMap<>();
        if (partyKeys.isEmpty()) {
            return new Conflicts(lawyer, firm, related);
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(CONFLICTS)) {
            Array keys = c.createArrayOf("varchar", partyKeys.toArray());
            ps.setArray(1, keys);
            ps.setArray(2, keys);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long lawyerId = rs.getLong(1);
                    long firmId = rs.getLong(2);
                    String key = rs.getString(3);
                    String source = rs.getString(4);
                    if (InterestRelation.RELATIVE.name().equals(source)) {
                        related.computeIfAbsent(lawyerId, k -> new HashSet<>()).add(key);
                    } else {
                        if (!InterestRelation.FIRM_CLIENT.name().equals(source)) {
                            lawyer.computeIfAbsent(lawyerId, k -> new HashSet<>()).add(key);
                        }
                        // what a lawyer of the firm did for a client, the firm did
                        firm.computeIfAbsent(firmId, k -> new HashSet<>()).add(key);
                    }
                }
            }
            return new Conflicts(lawyer, firm, related);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the conflicts failed", e);
        }
    }

    /**
     * The district most of the unit's firms are in: where a notified criminal case is handled when
     * the notice names no district (a notice names the organ, not a district code).
     */
    public java.util.Optional<String> homeRegion(long unitId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select region_code from law_firm where unit_id = ? group by region_code order by count(*) desc, region_code limit 1")) {
            ps.setLong(1, unitId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1).strip()) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the unit's region failed", e);
        }
    }

    private static Set<Specialty> specialties(Array a) throws SQLException {
        if (a == null) {
            return Set.of();
        }
        Set<Specialty> out = EnumSet.noneOf(Specialty.class);
        for (Object o : (Object[]) a.getArray()) {
            out.add(Specialty.valueOf((String) o));
        }
        return out;
    }

    private static Set<String> strings(Array a) throws SQLException {
        if (a == null) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (Object o : (Object[]) a.getArray()) {
            out.add((String) o);
        }
        return out;
    }
}
