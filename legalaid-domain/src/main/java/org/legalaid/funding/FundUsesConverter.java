package org.legalaid.funding;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A fund's uses in one column, as their names separated by commas in declaration order. */
@Converter
public class FundUsesConverter implements AttributeConverter<Set<FundUse>, String> {

    @Override
    public String convertToDatabaseColumn(Set<FundUse> uses) {
        return uses == null ? null : EnumSet.copyOf(uses).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<FundUse> convertToEntityAttribute(String column) {
        EnumSet<FundUse> out = EnumSet.noneOf(FundUse.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(FundUse::valueOf).forEach(out::add);
        }
        return out;
    }
}
