package vn.thidua.command.orgunit;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import vn.thidua.api.award.AwardType;

/** A set of award types as one sorted, comma-separated column. */
@Converter
class AwardTypesConverter implements AttributeConverter<Set<AwardType>, String> {

    @Override
    public String convertToDatabaseColumn(Set<AwardType> types) {
        return types == null ? null : types.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<AwardType> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(column.split(",")).map(AwardType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AwardType.class)));
    }
}
