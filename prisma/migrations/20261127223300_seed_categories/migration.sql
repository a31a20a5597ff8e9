-- The scenario taxonomy every installation starts with (DESIGN §2), 数字应用 and 低空应用 first.
-- Reviewers can rename, reorder, add or deactivate categories afterwards; written by hand, not generated.
INSERT INTO "Category" ("id", "code", "nameZh", "nameEn", "sortOrder", "active", "updatedAt") VALUES
  ('cat_digital', 'DIGITAL', '数字应用', 'Digital applications', 10, true, CURRENT_TIMESTAMP),
  ('cat_low_altitude', 'LOW_ALTITUDE', '低空应用', 'Low-altitude economy', 20, true, CURRENT_TIMESTAMP),
  ('cat_smart_manufacturing', 'SMART_MANUFACTURING', '智能制造', 'Smart manufacturing', 30, true, CURRENT_TIMESTAMP),
  ('cat_green_low_carbon', 'GREEN_LOW_CARBON', '绿色低碳', 'Green and low-carbon', 40, true, CURRENT_TIMESTAMP),
  ('cat_port_logistics', 'PORT_LOGISTICS', '智慧港口与物流', 'Smart ports and logistics', 50, true, CURRENT_TIMESTAMP),
  ('cat_marine', 'MARINE', '海洋经济', 'Marine economy', 60, true, CURRENT_TIMESTAMP),
  ('cat_health', 'HEALTH', '生物医药与健康', 'Biomedicine and health', 70, true, CURRENT_TIMESTAMP),
  ('cat_public_safety', 'PUBLIC_SAFETY', '公共安全与民生', 'Public safety and livelihoods', 80, true, CURRENT_TIMESTAMP),
  ('cat_other', 'OTHER', '其他', 'Other', 1000, true, CURRENT_TIMESTAMP)
ON CONFLICT ("code") DO NOTHING;

-- First-unit checklists (首台套 / 首批次 / 首版次): conditions and materials a firm prepares. Editable by reviewers.
INSERT INTO "FirstUnitChecklist" ("type", "titleZh", "titleEn", "conditionsZh", "conditionsEn", "materialsZh", "materialsEn", "updatedAt") VALUES
  ('FIRST_SET', '首台（套）重大技术装备', 'First-of-its-kind major technical equipment (首台套)',
   ARRAY['产品属于国家或省《首台（套）重大技术装备推广应用指导目录》所列领域', '拥有自主知识产权，核心技术指标达到国内领先水平', '在境内首次实现重大技术突破，尚未取得明显市场业绩', '已通过第三方检测或用户试用验证'],
   ARRAY['The product falls within the national or provincial guidance catalogue of first-of-its-kind major equipment', 'The firm owns the intellectual property and the key performance figures lead in China', 'It is a first major technical breakthrough in China without established market sales yet', 'It has passed third-party testing or a user trial'],
   ARRAY['首台（套）认定申请表', '营业执照与知识产权证明', '第三方检测报告', '用户使用证明或销售合同', '首台（套）综合保险投保单及保费发票（申请保费补贴时）'],
   ARRAY['Application form for first-of-its-kind recognition', 'Business licence and proof of intellectual property', 'Third-party test report', 'User certificate of use or sales contract', 'Insurance policy and premium invoice (when claiming the premium subsidy)'],
   CURRENT_TIMESTAMP),
  ('FIRST_BATCH', '重点新材料首批次应用', 'First-batch application of key new materials (首批次)',
   ARRAY['材料列入《重点新材料首批次应用示范指导目录》', '性能指标达到目录要求', '在用户单位首次批量应用（首年度或首批次）'],
   ARRAY['The material is listed in the guidance catalogue of key new materials for first-batch application', 'Its properties meet the catalogue requirements', 'It is applied in volume at a user for the first time (first year or first batch)'],
   ARRAY['首批次应用申请表', '材料性能检测报告', '供需双方购销合同及发票', '新材料质量保险和责任保险保单'],
   ARRAY['Application form for first-batch application', 'Material property test report', 'Supply contract and invoices between supplier and user', 'New-material quality and liability insurance policies'],
   CURRENT_TIMESTAMP),
  ('FIRST_VERSION', '首版次高端软件', 'First-version high-end software (首版次)',
   ARRAY['软件拥有自主知识产权，取得软件著作权', '属于省首版次高端软件产品范围（工业软件、基础软件、行业应用软件等）', '首次实现关键技术突破并投入市场应用'],
   ARRAY['The firm owns the intellectual property and holds the software copyright', 'It falls within the provincial scope of first-version high-end software (industrial, basic or sector software)', 'It achieves a key technical breakthrough and reaches the market for the first time'],
   ARRAY['首版次软件认定申请表', '软件著作权登记证书', '第三方软件测试报告', '用户应用证明或销售合同'],
   ARRAY['Application form for first-version recognition', 'Software copyright registration certificate', 'Third-party software test report', 'User certificate of use or sales contract'],
   CURRENT_TIMESTAMP)
ON CONFLICT ("type") DO NOTHING;
