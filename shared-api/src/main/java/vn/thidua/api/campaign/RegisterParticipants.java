package vn.thidua.api.campaign;

import java.util.List;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;

/**
 * Đăng ký thi đua in bulk: many registrations of one plan in one command (C4 per row). Each row is accepted or
 * refused on its own; a refused row does not block the others.
 */
public record RegisterParticipants(@TargetAggregateIdentifier CampaignId campaignId, List<RegistrationRow> rows) {

    public RegisterParticipants {
        Require.present(campaignId, "campaignId");
        Require.present(rows, "rows");
        if (rows.isEmpty() || rows.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("rows must hold at least one registration and no empty row");
        }
        rows = List.copyOf(rows);
    }
}
