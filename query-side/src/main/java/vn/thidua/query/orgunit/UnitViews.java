package vn.thidua.query.orgunit;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UnitViews extends JpaRepository<UnitView, String> {

    Page<UnitView> findByPathStartingWith(String pathPrefix, Pageable pageable);

    List<UnitView> findByParentIdOrderByName(String parentId);

    List<UnitView> findByParentIdAndMergedIntoIsNull(String parentId);

    /** Moves a whole subtree: every path under {@code oldPrefix} gets {@code newPrefix} instead. */
    @Modifying
    @Query("""
            update UnitView u set u.path = concat(:newPrefix, substring(u.path, length(:oldPrefix) + 1))
            where u.path like concat(:oldPrefix, '%')""")
    int movePaths(String oldPrefix, String newPrefix);
}
