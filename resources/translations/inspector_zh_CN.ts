<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BundleExporter</name>
    <message>
        <source>Nothing to export</source>
        <translation>没有需要导出的检查</translation>
    </message>
    <message>
        <source>Every signed inspection is exported already.</source>
        <translation>所有已签名的检查都已导出。</translation>
    </message>
    <message>
        <source>Export sync bundles to</source>
        <translation>同步包导出到</translation>
    </message>
    <message>
        <source>Sync bundles exported</source>
        <translation>同步包已导出</translation>
    </message>
    <message>
        <source>%1 sync bundles written to %2</source>
        <translation>已将 %1 个同步包写入 %2</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Wrong passphrase for the signing key.</source>
        <translation>签名密钥口令错误。</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Rule / item</source>
        <translation>规则 / 检查项</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answered, %4 findings</source>
        <translation>%1：已答 %2/%3，问题 %4 个</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Taken %1</source>
        <translation>拍摄于 %1</translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message>
        <source>Photos of this item</source>
        <translation>本项照片</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>照片 (%1)</translation>
    </message>
    <message>
        <source>Adding %1 photos…</source>
        <translation>正在添加 %1 张照片…</translation>
    </message>
    <message>
        <source>Photos %1 of %2</source>
        <translation>照片 %1 / %2</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>部分文件未添加</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Create your signing key</source>
        <translation>创建签名密钥</translation>
    </message>
    <message>
        <source>Your reports are signed with this key. Keep the passphrase safe.</source>
        <translation>检查报告将用此密钥签名，请妥善保管口令。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <source>Type the same passphrase twice, at least 6 characters.</source>
        <translation>请两次输入相同的口令，至少 6 个字符。</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>记录值</translation>
    </message>
    <message>
        <source>Recorded value</source>
        <translation>记录值</translation>
    </message>
    <message>
        <source>Recorded choice</source>
        <translation>所选项</translation>
    </message>
    <message>
        <source>Finding and correction demanded</source>
        <translation>发现的问题及责令整改</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Correction demanded</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Deadline (YYYY-MM-DD)</source>
        <translation>整改期限（年-月-日）</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Guidance: %1</source>
        <translation>检查要点：%1</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>法律依据：%1</translation>
    </message>
    <message>
        <source>A photo is required.</source>
        <translation>本项须拍照取证。</translation>
    </message>
    <message>
        <source>A photo is required if not compliant.</source>
        <translation>不符合时须拍照取证。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Site inspection of the eight wage rules</source>
        <translation>农民工工资支付八项制度现场检查</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Inspection</source>
        <translation>检查(&amp;I)</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>New inspection…</source>
        <translation>新建检查…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>首选项…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Preview report</source>
        <translation>预览报告</translation>
    </message>
    <message>
        <source>Open PDF to verify…</source>
        <translation>打开 PDF 验证签名…</translation>
    </message>
    <message>
        <source>Export sync bundle…</source>
        <translation>导出同步包…</translation>
    </message>
    <message>
        <source>Export all not yet exported…</source>
        <translation>导出全部未导出的检查…</translation>
    </message>
    <message>
        <source>Opening the data folder…</source>
        <translation>正在打开数据文件夹…</translation>
    </message>
</context>
<context>
    <name>NewInspectionDialog</name>
    <message>
        <source>Follow-up inspection</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>新建检查</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <source>Site representatives</source>
        <translation>被检查单位代表</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>检查表版本</translation>
    </message>
    <message>
        <source>Colleague's name</source>
        <translation>同事姓名</translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>Colleague's badge no.</source>
        <translation>同事执法证号</translation>
    </message>
    <message>
        <source>Add colleague</source>
        <translation>添加同事</translation>
    </message>
    <message>
        <source>Add representative</source>
        <translation>添加代表</translation>
    </message>
    <message>
        <source>The law asks for at least two inspectors on a site inspection.</source>
        <translation>依法现场检查应由两名以上检查人员进行。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Found automatically (WenQuanYi, YaHei, SimSun)</source>
        <translation>自动查找（文泉驿、微软雅黑、宋体）</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Report font (TrueType)</source>
        <translation>报告字体（TrueType）</translation>
    </message>
    <message>
        <source>Photo time tolerance</source>
        <translation>照片时间容差</translation>
    </message>
    <message>
        <source>A new data folder takes effect when the app starts again.</source>
        <translation>新的数据文件夹在重新启动后生效。</translation>
    </message>
    <message>
        <source>Report font</source>
        <translation>报告字体</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Wage-arrears cases</source>
        <translation>欠薪线索</translation>
    </message>
    <message>
        <source>Add arrears case</source>
        <translation>添加欠薪线索</translation>
    </message>
    <message>
        <source>Remove arrears case</source>
        <translation>删除欠薪线索</translation>
    </message>
    <message>
        <source>Findings (a not-compliant item opens one)</source>
        <translation>问题（检查项判定不符合时自动新建）</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Report preview</source>
        <translation>报告预览</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>报告页面</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>The signed report, %1 pages</source>
        <translation>已签名的报告，共 %1 页</translation>
    </message>
    <message>
        <source>Preview, not signed: %1 pages</source>
        <translation>预览（未签名），共 %1 页</translation>
    </message>
    <message>
        <source>The report could not be built.</source>
        <translation>报告未能生成。</translation>
    </message>
</context>
<context>
    <name>RepresentativeModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
</context>
<context>
    <name>SigningPage</name>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation>签名密钥口令：</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <source>Site representative</source>
        <translation>被检查单位代表</translation>
    </message>
    <message>
        <source>Name of %1</source>
        <translation>%1姓名</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sign and lock the inspection</source>
        <translation>签名并锁定检查记录</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Signed on %1; the inspection is read-only.</source>
        <translation>已于 %1 签名，检查记录只读。</translation>
    </message>
    <message>
        <source>Everyone present signs on a pad, then the inspection is signed and locked.</source>
        <translation>在场人员在签名板上签名后，对检查记录进行数字签名并锁定。</translation>
    </message>
    <message>
        <source>A signer's name is empty.</source>
        <translation>有签名人的姓名为空。</translation>
    </message>
    <message>
        <source>%1 has not signed on the pad.</source>
        <translation>%1 尚未在签名板上签名。</translation>
    </message>
    <message>
        <source>Cannot sign yet</source>
        <translation>暂不能签名</translation>
    </message>
    <message>
        <source>Wrong passphrase for the signing key.</source>
        <translation>签名密钥口令错误。</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>The report was saved as %1</source>
        <translation>报告已保存为 %1</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>打开所在文件夹</translation>
    </message>
</context>
<context>
    <name>SiteEditor</name>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Construction permit no.</source>
        <translation>施工许可证号</translation>
    </message>
    <message>
        <source>Investment project code</source>
        <translation>投资项目代码</translation>
    </message>
    <message>
        <source>Contract value (yuan)</source>
        <translation>合同金额（元）</translation>
    </message>
    <message>
        <source>Start date (YYYY-MM-DD)</source>
        <translation>开工日期（年-月-日）</translation>
    </message>
    <message>
        <source>End date (YYYY-MM-DD)</source>
        <translation>竣工日期（年-月-日）</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>建设单位</translation>
    </message>
    <message>
        <source>Client's credit code</source>
        <translation>建设单位统一社会信用代码</translation>
    </message>
    <message>
        <source>General contractor</source>
        <translation>施工总承包单位</translation>
    </message>
    <message>
        <source>Contractor's credit code</source>
        <translation>总包单位统一社会信用代码</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>项目经理</translation>
    </message>
    <message>
        <source>Wage administrator</source>
        <translation>劳资专管员</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>包抓单位</translation>
    </message>
    <message>
        <source>Workers on site</source>
        <translation>现场工人数</translation>
    </message>
    <message>
        <source>Workers registered</source>
        <translation>实名登记人数</translation>
    </message>
    <message>
        <source>Wage account bank</source>
        <translation>工资专用账户开户行</translation>
    </message>
    <message>
        <source>Wage account no.</source>
        <translation>工资专用账户账号</translation>
    </message>
    <message>
        <source>Wage deposit (yuan)</source>
        <translation>工资保证金（元）</translation>
    </message>
    <message>
        <source>Deposit form</source>
        <translation>保证金形式</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank guarantee</source>
        <translation>银行保函</translation>
    </message>
    <message>
        <source>Guarantee insurance</source>
        <translation>保证保险</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>免缴</translation>
    </message>
    <message>
        <source>Labour subcontractors</source>
        <translation>劳务分包单位</translation>
    </message>
    <message>
        <source>One per line: name, credit code</source>
        <translation>每行一个：名称, 统一社会信用代码</translation>
    </message>
    <message>
        <source>⚠ check character does not match</source>
        <translation>⚠ 校验码不符</translation>
    </message>
</context>
<context>
    <name>SitesPage</name>
    <message>
        <source>Search by project, address, contractor, permit</source>
        <translation>按项目名称、地址、总包单位、许可证号搜索</translation>
    </message>
    <message>
        <source>Search sites</source>
        <translation>搜索项目</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Opening the data folder…</source>
        <translation>正在打开数据文件夹…</translation>
    </message>
    <message>
        <source>Inspection history</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>New inspection…</source>
        <translation>新建检查…</translation>
    </message>
    <message>
        <source>Follow-up of selected…</source>
        <translation>对所选记录复查…</translation>
    </message>
    <message>
        <source>Open selected</source>
        <translation>打开所选</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Score per rule</source>
        <translation>各项制度得分</translation>
    </message>
    <message>
        <source>What is missing before signing</source>
        <translation>签名前尚缺的内容</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Overall: %1%2 · %3 · %4 of %5 answered · %6 findings</source>
        <translation>总分：%1%2 · %3 · 已答 %4/%5 · 问题 %6 个</translation>
    </message>
    <message>
        <source>Ready to sign.</source>
        <translation>可以签名。</translation>
    </message>
    <message>
        <source>Signing is blocked by %1 items:</source>
        <translation>以下 %1 项未完成，暂不能签名：</translation>
    </message>
</context>
<context>
    <name>SupervisionMenu</name>
    <message>
        <source>&amp;Supervision</source>
        <translation>督导(&amp;S)</translation>
    </message>
    <message>
        <source>Received inspections…</source>
        <translation>收到的检查…</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>导入同步包…</translation>
    </message>
    <message>
        <source>Trust list…</source>
        <translation>信任列表…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Rules and items</source>
        <translation>制度与检查项</translation>
    </message>
    <message>
        <source>Photos (drop files here, or paste)</source>
        <translation>照片（可拖入文件或粘贴）</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Findings and arrears</source>
        <translation>问题与欠薪</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>下一项</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>上一项</translation>
    </message>
    <message>
        <source>%1 · %2 · revision %3 · %4 of %5 answered · score %6</source>
        <translation>%1 · %2 · 第 %3 版 · 已答 %4/%5 · 得分 %6</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong that should not have. Everything entered so far is saved.

A report was written to:
%1</source>
        <translation>程序出现了不应发生的错误。已录入的内容均已保存。

错误报告已写入：
%1</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Cannot open the data folder</source>
        <translation>无法打开数据文件夹</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>The database is damaged (%1).
Restore the latest good backup, %2?</source>
        <translation>数据库已损坏（%1）。
是否恢复最近的完好备份 %2？</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The disk is full: the last change was not saved.</source>
        <translation>磁盘已满：最近的修改未能保存。</translation>
    </message>
    <message>
        <source>The data folder cannot be written to: the last change was not saved.</source>
        <translation>数据文件夹无法写入：最近的修改未能保存。</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>数据库正被其他程序使用，请稍后重试。</translation>
    </message>
    <message>
        <source>The database file is damaged; restore the latest good backup.</source>
        <translation>数据库文件已损坏，请恢复最近的完好备份。</translation>
    </message>
    <message>
        <source>This inspection is signed and cannot be changed.</source>
        <translation>该检查记录已签名，不能修改。</translation>
    </message>
    <message>
        <source>Wrong passphrase for the signing key.</source>
        <translation>签名密钥口令错误。</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>resolved on site</source>
        <translation>现场已解决</translation>
    </message>
    <message>
        <source>handed to the enforcement bureau</source>
        <translation>已移交执法部门</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Correction demanded</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <source>Workers affected</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Amount owed (yuan)</source>
        <translation>欠薪金额（元）</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>report_preview</name>
    <message>
        <source>Open PDF to verify</source>
        <translation>打开要验证的 PDF</translation>
    </message>
    <message>
        <source>The file carries no valid signature.</source>
        <translation>该文件没有有效的签名。</translation>
    </message>
    <message>
        <source>Intact: the report has not been changed since it was signed.</source>
        <translation>完好：报告签名后未被改动。</translation>
    </message>
    <message>
        <source>Altered: the report was changed after it was signed.</source>
        <translation>已被改动：报告在签名后被修改过。</translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>签名人：%1</translation>
    </message>
    <message>
        <source>Signed at: %1</source>
        <translation>签名时间：%1</translation>
    </message>
    <message>
        <source>Trusted: yes, the signer is on your trust list.</source>
        <translation>可信：是，签名人在您的信任列表中。</translation>
    </message>
    <message>
        <source>Trusted: no, the signer is not on your trust list.</source>
        <translation>可信：否，签名人不在您的信任列表中。</translation>
    </message>
    <message>
        <source>Content was added to the file after it was signed.</source>
        <translation>签名后文件中被追加了内容。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation>签名验证</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>Compliant</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
</context>
<context>
    <name>site_models</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>General contractor</source>
        <translation>施工总承包单位</translation>
    </message>
    <message>
        <source>Permit no.</source>
        <translation>许可证号</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>检查次数</translation>
    </message>
    <message>
        <source>Last inspected</source>
        <translation>最近检查</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <source>Rule</source>
        <translation>制度</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>a photo is required</source>
        <translation>须拍照取证</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>No inspector has signed.</source>
        <translation>尚无检查人员签名。</translation>
    </message>
    <message>
        <source>The site representative has not signed.</source>
        <translation>被检查单位代表尚未签名。</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>needs correction</source>
        <translation>需整改</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>not yet scored</source>
        <translation>尚未评分</translation>
    </message>
</context>
<context>
    <name>supervisor</name>
    <message>
        <source>Show inspections with arrears</source>
        <translation>查看有欠薪的检查</translation>
    </message>
    <message>
        <source>Compliance per rule across sites, % of items compliant (click a bar)</source>
        <translation>各项目按规则的合规率（合规检查项 %，点击柱条查看）</translation>
    </message>
    <message>
        <source>Sites with open corrections, overdue first (double-click)</source>
        <translation>有未完成整改的项目，逾期在前（双击查看）</translation>
    </message>
    <message>
        <source>Wage arrears</source>
        <translation>拖欠工资</translation>
    </message>
    <message>
        <source>Inspections per month (click a bar)</source>
        <translation>每月检查次数（点击柱条查看）</translation>
    </message>
    <message>
        <source>%1 cases, %2 workers affected, %3 owed
%4 cases not resolved on site (%5)</source>
        <translation>共 %1 起，涉及农民工 %2 人，欠薪 %3
其中 %4 起未当场解决（%5）</translation>
    </message>
    <message>
        <source>compliant items, %</source>
        <translation>合规检查项 %</translation>
    </message>
    <message>
        <source>Click a bar to list the inspections with findings in that rule.</source>
        <translation>点击柱条，列出该规则下有问题的检查。</translation>
    </message>
    <message>
        <source>inspections</source>
        <translation>检查次数</translation>
    </message>
    <message>
        <source>%1 wage-arrears cases · %2 signatures</source>
        <translation>欠薪案件 %1 起 · 签名 %2 个</translation>
    </message>
    <message>
        <source>Signed on this computer.</source>
        <translation>在本机签署。</translation>
    </message>
    <message>
        <source>Verified on import: signed report and manifest intact, signer trusted (SHA-256 %1…).</source>
        <translation>导入时已验证：签名报告和清单完整，签名人可信（SHA-256 %1…）。</translation>
    </message>
    <message>
        <source>%1 · revision %2 · %3</source>
        <translation>%1 · 第 %2 版 · %3</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>审核：%1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>制度</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>限 %1 前</translation>
    </message>
    <message>
        <source>Photos: %1, of which %2 flagged</source>
        <translation>照片 %1 张，其中 %2 张有疑点</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>疑点</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Flagged photos</source>
        <translation>疑点照片</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Signer fingerprint</source>
        <translation>签名人证书指纹</translation>
    </message>
    <message>
        <source>Why held</source>
        <translation>暂存原因</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>证书指纹（SHA-256）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>Earliest deadline</source>
        <translation>最早整改期限</translation>
    </message>
    <message>
        <source>Received inspections</source>
        <translation>收到的检查</translation>
    </message>
    <message>
        <source>Inspection detail</source>
        <translation>检查详情</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Return to inspector…</source>
        <translation>退回检查员…</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <source>All inspectors</source>
        <translation>全部检查员</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>全部结论</translation>
    </message>
    <message>
        <source>Findings in %1</source>
        <translation>问题涉及 %1</translation>
    </message>
    <message>
        <source>Any rule</source>
        <translation>全部规则</translation>
    </message>
    <message>
        <source>Rule with findings</source>
        <translation>有问题的规则</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>全部审核状态</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Site name contains…</source>
        <translation>项目名称包含…</translation>
    </message>
    <message>
        <source>Search sites</source>
        <translation>搜索项目</translation>
    </message>
    <message>
        <source>Return to inspector</source>
        <translation>退回检查员</translation>
    </message>
    <message>
        <source>What must the inspector change?</source>
        <translation>检查员需要修改什么？</translation>
    </message>
    <message>
        <source>Trust list</source>
        <translation>信任列表</translation>
    </message>
    <message>
        <source>Add certificate…</source>
        <translation>添加证书…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Inspector's certificate</source>
        <translation>检查员证书</translation>
    </message>
    <message>
        <source>Certificates (%1)</source>
        <translation>证书 (%1)</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>未添加</translation>
    </message>
    <message>
        <source>Held bundles imported</source>
        <translation>暂存的同步包已导入</translation>
    </message>
    <message>
        <source>%1 held bundles from %2 imported.</source>
        <translation>已导入 %2 的 %1 个暂存同步包。</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>needs correction</source>
        <translation>需整改</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>imported, supersedes an earlier revision</source>
        <translation>已导入，取代较早版本</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>此前已导入</translation>
    </message>
    <message>
        <source>held: signer not trusted</source>
        <translation>暂存：签名人不在信任列表中</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到的检查</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>统计看板</translation>
    </message>
    <message>
        <source>Held (unverified)</source>
        <translation>暂存（未验证）</translation>
    </message>
    <message>
        <source>Bundles whose signer is not on the trust list. They are not counted anywhere until the signer is trusted.</source>
        <translation>签名人不在信任列表中的同步包。在信任该签名人之前，它们不计入任何统计。</translation>
    </message>
    <message>
        <source>Trust this signer and import…</source>
        <translation>信任此签名人并导入…</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>导入同步包…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <source>Watch folder…</source>
        <translation>监视文件夹…</translation>
    </message>
    <message>
        <source>Export XLSX/CSV…</source>
        <translation>导出 XLSX/CSV…</translation>
    </message>
    <message>
        <source>Trust list…</source>
        <translation>信任列表…</translation>
    </message>
    <message>
        <source>Held (unverified): %1</source>
        <translation>暂存（未验证）：%1</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <source>Inspection bundles (%1)</source>
        <translation>检查同步包 (%1)</translation>
    </message>
    <message>
        <source>Import a folder of bundles</source>
        <translation>导入同步包文件夹</translation>
    </message>
    <message>
        <source>Watch a folder for bundles (cancel to stop watching)</source>
        <translation>选择要监视的同步包文件夹（取消则停止监视）</translation>
    </message>
    <message>
        <source>Bundles arriving in %1 are imported automatically.</source>
        <translation>放入 %1 的同步包会自动导入。</translation>
    </message>
    <message>
        <source>%1 of %2 bundles imported or already here</source>
        <translation>%2 个同步包中 %1 个已导入或此前已有</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Trust this signer?</source>
        <translation>信任此签名人？</translation>
    </message>
    <message>
        <source>%1 — %2 %3

SHA-256 fingerprint:
%4

Compare the fingerprint with the inspector's before trusting. Their held bundles are then verified and imported.</source>
        <translation>%1 — %2 %3

SHA-256 证书指纹：
%4

信任前请与检查员核对指纹。核对后，其暂存的同步包将被验证并导入。</translation>
    </message>
    <message>
        <source>Export figures and list</source>
        <translation>导出统计数据和列表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>已导出：%1</translation>
    </message>
    <message>
        <source>Supervision — received inspections</source>
        <translation>督导 — 收到的检查</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Result of %1</source>
        <translation>%1 的检查结果</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>%1 的备注</translation>
    </message>
</context>
</TS>
