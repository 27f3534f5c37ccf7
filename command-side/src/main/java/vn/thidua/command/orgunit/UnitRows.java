package vn.thidua.command.orgunit;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRows extends JpaRepository<UnitRow, String> {
}
