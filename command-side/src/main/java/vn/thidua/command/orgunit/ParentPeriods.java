package vn.thidua.command.orgunit;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParentPeriods extends JpaRepository<ParentPeriod, String> {

    Optional<ParentPeriod> findFirstByUnitIdAndValidFromLessThanEqualOrderByValidFromDesc(String unitId, Instant at);
}
