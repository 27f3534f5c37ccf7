package vn.thidua.query.orgunit;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.orgunit.Level;
import vn.thidua.api.orgunit.OrgUnitCreated;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.orgunit.UnitKind;
import vn.thidua.query.testing.Transactions;

/**
 * Builds the units view ({@code q_unit}) through {@link UnitProjection}, as its events would, for the views that
 * scope by it. A small trade-union tree; each method creates one unit and returns its id.
 */
@Component
public class UnitTree {

    public static final OrgUnitId TRUNG_UONG = new OrgUnitId("trung-uong");
    public static final OrgUnitId TONG_LDLD = new OrgUnitId("tong-ldld");
    public static final OrgUnitId LAI_CHAU = new OrgUnitId("ldld-lai-chau");
    public static final OrgUnitId TAM_DUONG = new OrgUnitId("ldld-tam-duong");
    public static final OrgUnitId CD_TH_TAM_DUONG = new OrgUnitId("cd-th-tam-duong");
    public static final OrgUnitId QUANG_NAM = new OrgUnitId("ldld-quang-nam");

    private final UnitProjection units;
    private final Transactions transactions;

    UnitTree(UnitProjection units, Transactions transactions) {
        this.units = units;
        this.transactions = transactions;
    }

    /**
     * trung-uong / tong-ldld / ldld-lai-chau / ldld-tam-duong / cd-th-tam-duong, and ldld-quang-nam beside
     * ldld-lai-chau: a branch, and a sibling outside it.
     */
    public void tradeUnions() {
        create(TRUNG_UONG, null, Level.NATIONAL, UnitKind.STATE, null);
        create(TONG_LDLD, TRUNG_UONG, Level.MINISTRY, UnitKind.TRADE_UNION, null);
        create(LAI_CHAU, TONG_LDLD, Level.PROVINCE, UnitKind.TRADE_UNION, null);
        create(TAM_DUONG, LAI_CHAU, Level.DISTRICT, UnitKind.TRADE_UNION, null);
        create(CD_TH_TAM_DUONG, TAM_DUONG, Level.COMMUNE, UnitKind.ORGANISATION, "EDUCATION");
        create(QUANG_NAM, TONG_LDLD, Level.PROVINCE, UnitKind.TRADE_UNION, null);
    }

    public static OrgUnitCreated created(OrgUnitId unit, OrgUnitId parent, Level level, UnitKind kind, String category) {
        return new OrgUnitCreated(unit, unit.value().toUpperCase(), unit.value().toUpperCase(), level, kind, parent,
                category, Set.of(AwardType.CERTIFICATE_OF_MERIT));
    }

    private void create(OrgUnitId unit, OrgUnitId parent, Level level, UnitKind kind, String category) {
        transactions.run(() -> units.on(created(unit, parent, level, kind, category), 0));
    }
}
