<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend the signed record</source>
        <translation>修改已签署的笔录</translation>
    </message>
    <message>
        <source>Revision %1 stays as it was signed. A new draft, revision %2, is made from it; it must be signed again. Why is the record amended?</source>
        <translation>第 %1 版保持签署时的原样。将据此生成新的草稿第 %2 版，需要重新签署。请说明修改原因：</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>修改原因</translation>
    </message>
    <message>
        <source>e.g. the wage account number was wrong</source>
        <translation>例如：工资专用账户账号填写有误</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Say why the signed record is amended.</source>
        <translation>请说明修改已签署笔录的原因。</translation>
    </message>
</context>
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
    <name>FirstRunGuide</name>
    <message>
        <source>Too short: at least 6 characters.</source>
        <translation>太短：至少 6 个字符。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <source>Fair: a longer passphrase mixing letters, digits and signs is stronger.</source>
        <translation>中等：更长并混合字母、数字和符号的口令更安全。</translation>
    </message>
    <message>
        <source>Weak: use 10 or more characters mixing letters, digits and signs.</source>
        <translation>弱：请使用 10 个以上字符，混合字母、数字和符号。</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>首次使用向导</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>暂时跳过</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>您的身份</translation>
    </message>
    <message>
        <source>Your name, unit and badge number are printed on every record and put in your signing certificate.</source>
        <translation>您的姓名、单位和执法证号会印在每份笔录上，并写入您的签名证书。</translation>
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
        <source>Your signing key</source>
        <translation>您的签名密钥</translation>
    </message>
    <message>
        <source>Records are signed with a key protected by a passphrase. Choose it now, at your desk; you type it again each time you sign. It cannot be recovered.</source>
        <translation>笔录用受口令保护的密钥签名。请现在在办公室设定口令；每次签名时都要再输入一次。口令遗失后无法找回。</translation>
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
        <source>Your first site</source>
        <translation>第一个工地</translation>
    </message>
    <message>
        <source>An inspection is made of a site. Create the first one now?</source>
        <translation>检查是针对工地进行的。现在新建第一个工地吗？</translation>
    </message>
    <message>
        <source>Create a site</source>
        <translation>新建工地</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>工地名称</translation>
    </message>
    <message>
        <source>Type the same passphrase twice, at least 6 characters.</source>
        <translation>请两次输入相同的口令，至少 6 个字符。</translation>
    </message>
    <message>
        <source>Give the site a name, or untick it.</source>
        <translation>请填写工地名称，或取消勾选。</translation>
    </message>
    <message>
        <source>No site yet</source>
        <translation>还没有工地</translation>
    </message>
    <message>
        <source>An inspection is made of a site, and there is no site yet. Create one now?</source>
        <translation>检查是针对工地进行的，目前还没有工地。现在新建一个吗？</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
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
        <source>Deadline (e.g. 2027-06-30 or 2027年6月30日)</source>
        <translation>整改期限（如 2027-06-30 或 2027年6月30日）</translation>
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
        <source>Getting started…</source>
        <translation>首次使用向导…</translation>
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
        <source>Amend the signed record…</source>
        <translation>修改已签署的笔录…</translation>
    </message>
    <message>
        <source>Opening the data folder…</source>
        <translation>正在打开数据文件夹…</translation>
    </message>
</context>
<context>
    <name>NaReasonField</name>
    <message>
        <source>The project does not involve this item</source>
        <translation>本项目不涉及此项</translation>
    </message>
    <message>
        <source>The works have not reached this stage yet</source>
        <translation>工程尚未进入该施工阶段</translation>
    </message>
    <message>
        <source>Exempt by law (exemption certificate seen)</source>
        <translation>依法免于办理（已查验证明）</translation>
    </message>
    <message>
        <source>Another unit is responsible; checked separately</source>
        <translation>由其他单位负责，已另行核查</translation>
    </message>
    <message>
        <source>Why not applicable (required)</source>
        <translation>不适用理由（必填）</translation>
    </message>
    <message>
        <source>Why not applicable</source>
        <translation>不适用理由</translation>
    </message>
    <message>
        <source>Choose or type a short reason</source>
        <translation>选择或填写简短理由</translation>
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
        <source>Colleague&apos;s name</source>
        <translation>同事姓名</translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>Colleague&apos;s badge no.</source>
        <translation>同事执法证号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Colleague&apos;s unit</source>
        <translation>同事所在单位</translation>
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
    <message>
        <source>Choose a site, or create one first.</source>
        <translation>请选择工地，或先新建一个工地。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>The unit&apos;s full name</source>
        <translation>默认使用单位全称</translation>
    </message>
    <message>
        <source>Fields: {unit_short}, {year}, {seq:03d} (the number within the year)</source>
        <translation>可用字段：{unit_short}（单位简称）、{year}（年份）、{seq:03d}（年内序号）</translation>
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
        <source>Unit&apos;s short name</source>
        <translation>单位简称</translation>
    </message>
    <message>
        <source>Record number pattern</source>
        <translation>检查记录编号格式</translation>
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
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷方式</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>替身</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
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
        <source>Findings (a not-compliant item opens one). Each responsible party is served its own order to correct when the inspection is signed.</source>
        <translation>发现的问题（检查项判为不符合时自动生成）。签署时，向每个责任单位分别出具一份限期整改指令书。</translation>
    </message>
</context>
<context>
    <name>RefusalBox</name>
    <message>
        <source>The representative refuses to sign</source>
        <translation>代表拒绝签字</translation>
    </message>
    <message>
        <source>Reason the representative gave</source>
        <translation>代表陈述的拒签理由</translation>
    </message>
    <message>
        <source>Reason for refusing</source>
        <translation>拒签理由</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>见证人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Give the reason the representative gave for refusing.</source>
        <translation>请填写代表拒绝签字的理由。</translation>
    </message>
    <message>
        <source>A refusal needs a second inspector as witness.</source>
        <translation>记录拒签须有另一名检查人员作为见证人。</translation>
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
        <source>A signer&apos;s name is empty.</source>
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
        <source>The report was saved as %1</source>
        <translation>报告已保存为 %1</translation>
    </message>
    <message>
        <source>Its orders to correct, beside it:
%1</source>
        <translation>限期整改指令书已保存在同一文件夹：
%1</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
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
        <source>Contract value (yuan or 万)</source>
        <translation>合同金额（元，或写万元）</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开工日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>竣工日期</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>建设单位</translation>
    </message>
    <message>
        <source>Client&apos;s credit code</source>
        <translation>建设单位统一社会信用代码</translation>
    </message>
    <message>
        <source>General contractor</source>
        <translation>施工总承包单位</translation>
    </message>
    <message>
        <source>Contractor&apos;s credit code</source>
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
        <source>Wage deposit (yuan or 万)</source>
        <translation>工资保证金（元，或写万元）</translation>
    </message>
    <message>
        <source>Deposit form</source>
        <translation>保证金形式</translation>
    </message>
    <message>
        <source>Cash deposit</source>
        <translation>现金存储</translation>
    </message>
    <message>
        <source>Bank guarantee</source>
        <translation>银行保函</translation>
    </message>
    <message>
        <source>Guarantee insurance</source>
        <translation>工程担保保险</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>依法免缴</translation>
    </message>
    <message>
        <source>Labour subcontractors</source>
        <translation>劳务分包单位</translation>
    </message>
    <message>
        <source>⚠ check character does not match</source>
        <translation>⚠ 校验码不符</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>校验</translation>
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
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Wage-arrears cases</source>
        <translation>欠薪线索</translation>
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
        <source>Findings: %1</source>
        <translation>发现问题：%1 项</translation>
    </message>
    <message>
        <source>Wage-arrears cases: %1</source>
        <translation>欠薪案件：%1 件</translation>
    </message>
    <message>
        <source>Ready to sign.</source>
        <translation>可以签名。</translation>
    </message>
    <message>
        <source>Signing is blocked by %1 items (click one to go to it):</source>
        <translation>尚有 %1 项阻止签名（点击可跳转）：</translation>
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
    <message>
        <source>Site inspection</source>
        <translation>现场检查</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>{count} day</source>
        <translation>{count} 天</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} 天</translation>
    </message>
    <message>
        <source>{count} hour</source>
        <translation>{count} 小时</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count} 小时</translation>
    </message>
    <message>
        <source>taken at another time than the inspection</source>
        <translation>拍摄时间与检查时间不符</translation>
    </message>
    <message>
        <source>taken {amount} before the inspection</source>
        <translation>拍摄时间与检查时间相差 {amount}</translation>
    </message>
    <message>
        <source>taken {amount} after the inspection</source>
        <translation>拍摄时间与检查时间相差 {amount}</translation>
    </message>
    <message>
        <source>also used as evidence in inspection {ref}</source>
        <translation>该照片也作为检查 {ref} 的证据</translation>
    </message>
    <message>
        <source>also used as evidence in another inspection</source>
        <translation>该照片也作为其他检查的证据</translation>
    </message>
    <message>
        <source>the photo has no capture time</source>
        <translation>照片中没有拍摄时间</translation>
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
    <name>order</name>
    <message>
        <source>Labour Security Inspection Order to Correct</source>
        <translation>劳动保障监察限期整改指令书</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>文书编号</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Inspection record no.</source>
        <translation>现场检查记录编号</translation>
    </message>
    <message>
        <source>On {date} this authority carried out a labour security inspection of the project {site}{address} and found that your unit breached labour security laws and regulations, including the Regulation on Guaranteeing Payment of Wages to Migrant Workers, as set out below. Under Article 18(1)(2) of the Labour Security Inspection Regulation, your unit is ordered to correct each breach within its deadline and to report the correction to this authority in writing before the deadline.</source>
        <translation>本机关于{date}对{site}{address}实施劳动保障监察，发现你单位存在下列违反《保障农民工工资支付条例》等劳动保障法律、法规的行为。依据《劳动保障监察条例》第十八条第一款第（二）项的规定，现责令你单位在下列期限内改正，并于期限届满前将改正情况书面报告本机关。</translation>
    </message>
    <message>
        <source> ({address})</source>
        <translation>（地址：{address}）</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>违法事实</translation>
    </message>
    <message>
        <source>Item checked</source>
        <translation>检查事项</translation>
    </message>
    <message>
        <source>Provision breached</source>
        <translation>违反的规定</translation>
    </message>
    <message>
        <source>Correction ordered</source>
        <translation>责令改正事项</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>改正期限</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>{date}前</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>If the breaches are not corrected</source>
        <translation>逾期不改正的法律后果</translation>
    </message>
    <message>
        <source>If a breach is not corrected within its deadline, this authority will impose the penalties of Articles 54 to 57 of the Regulation on Guaranteeing Payment of Wages to Migrant Workers: fines on the unit and, in the cases of Articles 55 and 57, an order to stop work on the project. Refusing to correct after this order is fined 2,000 to 20,000 yuan under Article 30(1)(3) of the Labour Security Inspection Regulation.</source>
        <translation>逾期不改正的，本机关将依照《保障农民工工资支付条例》第五十四条至第五十七条的相应规定依法予以处罚，对单位处以罚款；属于该条例第五十五条、第五十七条规定情形的，依法责令项目停工。经责令改正拒不改正的，依照《劳动保障监察条例》第三十条第一款第（三）项的规定，处2000元以上2万元以下的罚款。</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>权利告知</translation>
    </message>
    <message>
        <source>Your unit may state its case and defend itself before this authority on the facts of this order. If your unit disagrees with this order, it may apply for administrative reconsideration within 60 days of receiving it, or bring an administrative lawsuit before a people&apos;s court within 6 months.</source>
        <translation>你单位有权就本指令认定的事实向本机关陈述和申辩。如对本指令不服，可以在收到本指令书之日起60日内依法申请行政复议，或者在6个月内依法向人民法院提起行政诉讼。</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>(seal)</source>
        <translation>（印章）</translation>
    </message>
    <message>
        <source>Digital signature</source>
        <translation>电子签章</translation>
    </message>
    <message>
        <source>Proof of service</source>
        <translation>送达回证</translation>
    </message>
    <message>
        <source>Document served</source>
        <translation>送达文书</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>受送达人</translation>
    </message>
    <message>
        <source>Place of service</source>
        <translation>送达地点</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>□ in person  □ left at the premises  □ by post  □ by agent</source>
        <translation>□ 直接送达  □ 留置送达  □ 邮寄送达  □ 委托送达</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>受送达人签收</translation>
    </message>
    <message>
        <source>Received for the unit by, and why</source>
        <translation>代收人及代收理由</translation>
    </message>
    <message>
        <source>Refusal: reason and witness</source>
        <translation>拒收事由及见证人</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>送达人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Signature: __________________    Date: ____________</source>
        <translation>签名：__________________    ______年____月____日</translation>
    </message>
    <message>
        <source>Witness&apos;s signature: ______________    Date: ____________</source>
        <translation>见证人签名：______________    ______年____月____日</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 共 {pages} 页</translation>
    </message>
    <message>
        <source>__________________</source>
        <translation>__________________</translation>
    </message>
    <message>
        <source>{year}-{month:02}-{day:02}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <source>{number}. </source>
        <translation>{number:cn}、</translation>
    </message>
    <message>
        <source>: </source>
        <comment>after a label</comment>
        <translation>：</translation>
    </message>
    <message>
        <source>{addressee}:</source>
        <translation>{addressee}：</translation>
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
        <source>Period owed</source>
        <translation>欠薪期间</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>General contractor</source>
        <translation>施工总承包单位</translation>
    </message>
    <message>
        <source>Labour subcontractor</source>
        <translation>劳务分包单位</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>建设单位</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Site inspection record: the eight wage rules</source>
        <translation>农民工工资支付“八项制度”现场检查记录</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>document</comment>
        <translation>编号</translation>
    </message>
    <message>
        <source>numbered when signed</source>
        <translation>签署时编号</translation>
    </message>
    <message>
        <source> (version {revision})</source>
        <translation>（第 {revision} 版）</translation>
    </message>
    <message>
        <source>Version {revision}, replaces version {previous}</source>
        <translation>第 {revision} 版，替代第 {previous} 版</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>修改原因</translation>
    </message>
    <message>
        <source> (version {version})</source>
        <translation>（第 {version} 版）</translation>
    </message>
    <message>
        <source>The inspection</source>
        <translation>检查基本情况</translation>
    </message>
    <message>
        <source>Place</source>
        <comment>inspection</comment>
        <translation>检查地点</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>inspection</comment>
        <translation>检查时间</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>Project inspected</source>
        <translation>被检查项目</translation>
    </message>
    <message>
        <source>Checklist used</source>
        <translation>检查依据</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>项目基本情况</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>项目地址</translation>
    </message>
    <message>
        <source>Construction permit no.</source>
        <translation>施工许可证号</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>项目代码</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开工日期</translation>
    </message>
    <message>
        <source>Completion date</source>
        <translation>竣工日期</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>包抓单位</translation>
    </message>
    <message>
        <source>Workers on site / registered</source>
        <translation>在场工人 / 实名登记</translation>
    </message>
    <message>
        <source>Dedicated wage account</source>
        <translation>农民工工资专用账户</translation>
    </message>
    <message>
        <source>Wage deposit</source>
        <translation>工资保证金</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>参建单位</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>unit</comment>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>建设单位</translation>
    </message>
    <message>
        <source>General contractor</source>
        <translation>施工总承包单位</translation>
    </message>
    <message>
        <source>Labour subcontractor</source>
        <translation>劳务分包单位</translation>
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
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <source>Representatives of the inspected unit</source>
        <translation>被检查单位代表</translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>person</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Results by rule</source>
        <translation>检查结果汇总</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>rule</comment>
        <translation>序号</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>制度</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Results by item</source>
        <translation>检查明细</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Recorded / note</source>
        <translation>记录及说明</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Findings and corrections ordered</source>
        <translation>发现的问题及责令限期改正事项</translation>
    </message>
    <message>
        <source>Under the Regulation on Guaranteeing Payment of Wages to Migrant Workers and the Labour Security Inspection Regulation, the units below are ordered to correct the following within the deadlines and to report the correction in writing. The inspected unit may state its case and may apply for review or appeal.</source>
        <translation>根据《保障农民工工资支付条例》及《劳动保障监察条例》,责令下列单位在限期内改正,并将改正情况书面报告检查机关。被检查单位有权陈述、申辩,并依法申请行政复议或提起行政诉讼。</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Correction ordered</source>
        <translation>责令改正事项</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>改正期限</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Wage-arrears cases</source>
        <translation>欠薪线索</translation>
    </message>
    <message>
        <source>No wage-arrears cases found.</source>
        <translation>未发现欠薪线索。</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Amount owed</source>
        <translation>欠薪金额</translation>
    </message>
    <message>
        <source>Period owed</source>
        <translation>欠薪期间</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Acknowledgement by the inspected unit</source>
        <translation>被检查单位确认</translation>
    </message>
    <message>
        <source>The above is a true account of the inspection. This record was read by (or read out to) the representative of the inspected unit, which has been told of the findings and the corrections ordered.</source>
        <translation>以上检查情况属实。本记录已交被检查单位代表阅读（或向其宣读），被检查单位已知悉检查发现的问题及责令改正事项。</translation>
    </message>
    <message>
        <source>Representative (signature)</source>
        <translation>被检查单位代表（签名）</translation>
    </message>
    <message>
        <source>The representative of the inspected unit refused to sign</source>
        <translation>被检查单位代表拒绝签字</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>拒签理由</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>refusal</comment>
        <translation>拒签时间</translation>
    </message>
    <message>
        <source>Witnessed by inspector</source>
        <translation>见证检查人员</translation>
    </message>
    <message>
        <source>Inspectors&apos; signatures</source>
        <translation>检查人员签名</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>Digital signature (PAdES)</source>
        <translation>电子签章（PAdES 数字签名）</translation>
    </message>
    <message>
        <source>Official seal</source>
        <translation>盖章处</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>年&#x3000;月&#x3000;日</translation>
    </message>
    <message>
        <source>Appendix: photo evidence</source>
        <translation>附件：照片证据</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
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
        <source>Place</source>
        <comment>photo</comment>
        <translation>拍摄地点</translation>
    </message>
    <message>
        <source>no location recorded</source>
        <translation>无定位信息</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验值</translation>
    </message>
    <message>
        <source>Integrity notes</source>
        <translation>完整性提示</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 共 {pages} 页</translation>
    </message>
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
    <message>
        <source> ({text})</source>
        <translation>（{text}）</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>{year}-{month:02}-{day:02}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two remarks</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>{number}. </source>
        <translation>{number:cn}、</translation>
    </message>
    <message>
        <source>Compliant</source>
        <comment>verdict</comment>
        <translation>合规</translation>
    </message>
    <message>
        <source>Correction required</source>
        <translation>限期整改</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Resolved on site</source>
        <translation>现场解决</translation>
    </message>
    <message>
        <source>Handed to enforcement</source>
        <translation>移交执法</translation>
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
        <source>Cash deposit</source>
        <translation>现金存储</translation>
    </message>
    <message>
        <source>Bank guarantee</source>
        <translation>银行保函</translation>
    </message>
    <message>
        <source>Guarantee insurance</source>
        <translation>工程担保保险</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>依法免缴</translation>
    </message>
    <message>
        <source>{deposit} ({form})</source>
        <translation>{deposit}（{form}）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Why not applicable: </source>
        <translation>不适用理由：</translation>
    </message>
    <message>
        <source>Critical items not compliant ({items}): the verdict is failing.</source>
        <translation>否决项不符合（{items}），结论为不合格。</translation>
    </message>
    <message>
        <source>Wage arrears were found on site: the verdict is failing.</source>
        <translation>现场发现拖欠农民工工资，结论为不合格。</translation>
    </message>
    <message>
        <source>{share}% of the items checked were not applicable, above the form&apos;s {limit}%: the grade cannot be A or B.</source>
        <translation>不适用项占已检查项的 {share}%，超过表单允许的 {limit}%，等级不能评为 A 或 B。</translation>
    </message>
    <message>
        <source>CNY {amount}</source>
        <translation>¥{amount}</translation>
    </message>
    <message>
        <source>CNY {amount}</source>
        <comment>amount recorded in 10,000 yuan</comment>
        <translation>{amount:wan}万元</translation>
    </message>
    <message>
        <source>{lat}° {north}, {lon}° {east}</source>
        <translation>{north} {lat}°，{east} {lon}°</translation>
    </message>
    <message>
        <source>N</source>
        <comment>latitude</comment>
        <translation>北纬</translation>
    </message>
    <message>
        <source>S</source>
        <comment>latitude</comment>
        <translation>南纬</translation>
    </message>
    <message>
        <source>E</source>
        <comment>longitude</comment>
        <translation>东经</translation>
    </message>
    <message>
        <source>W</source>
        <comment>longitude</comment>
        <translation>西经</translation>
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
    <name>service</name>
    <message>
        <source>should be 18 characters, not {count}</source>
        <translation>应为 18 位，实际为 {count} 位</translation>
    </message>
    <message>
        <source>check character should be {expected!r}, not {found!r}</source>
        <translation>校验码应为 {expected!r}，而不是 {found!r}</translation>
    </message>
    <message>
        <source>this is an old 15-digit number; ask for the 18-character one</source>
        <translation>这是旧的 15 位号码，请索取 18 位号码</translation>
    </message>
    <message>
        <source>the last character {char!r} should be a digit or X</source>
        <translation>最后一位 {char!r} 应为数字或 X</translation>
    </message>
    <message>
        <source>birth date {date} is in the future</source>
        <translation>出生日期 {date} 晚于今天</translation>
    </message>
    <message>
        <source>birth date {date} is before {year}</source>
        <translation>出生日期 {date} 早于 {year} 年</translation>
    </message>
    <message>
        <source>character {position} {char!r} is not allowed (no I, O, S, V or Z)</source>
        <translation>第 {position} 位 {char!r} 不是允许的字符（不能含 I、O、S、V、Z）</translation>
    </message>
    <message>
        <source>character {position} {char!r} should be a digit</source>
        <translation>第 {position} 位 {char!r} 应为数字</translation>
    </message>
    <message>
        <source>birth date {digits} is not a real date</source>
        <translation>出生日期 {digits} 不是有效日期</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number: write e.g. 418, 1,200 or 12万.</source>
        <translation>“{text}”不是数字：请写成如 418、1,200 或 12万。</translation>
    </message>
    <message>
        <source>Nothing was entered.</source>
        <translation>未填写内容。</translation>
    </message>
    <message>
        <source>&apos;{text}…&apos; is too long.</source>
        <translation>“{text}…”太长。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount: write e.g. 1200万 or 1,200,000.</source>
        <translation>“{text}”不是金额：请写成如 1200万 或 1,200,000。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount.</source>
        <translation>“{text}”不是金额。</translation>
    </message>
    <message>
        <source>A negative amount is not possible.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>An amount above 1,000,000,000,000 yuan is not possible.</source>
        <translation>金额不能超过 1,000,000,000,000 元（一万亿元）。</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (fen).</source>
        <translation>金额最多两位小数（精确到分）。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number.</source>
        <translation>“{text}”不是整数。</translation>
    </message>
    <message>
        <source>A number above 10,000,000 is not possible.</source>
        <translation>数量不能超过 10,000,000。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: write e.g. 2027-06-30 or 2027年6月30日.</source>
        <translation>“{text}”不是日期：请写成如 2027-06-30 或 2027年6月30日。</translation>
    </message>
    <message>
        <source>The year {year} is not possible here.</source>
        <translation>年份 {year} 超出可填范围。</translation>
    </message>
    <message>
        <source>A negative number is not possible.</source>
        <translation>数量不能为负数。</translation>
    </message>
    <message>
        <source>There is no such day: {text}.</source>
        <translation>没有这一天：{text}。</translation>
    </message>
    <message>
        <source>The disk is full: the last change was not saved. Free some space and try again.</source>
        <translation>磁盘已满：最近的修改未能保存。请清理出一些空间后重试。</translation>
    </message>
    <message>
        <source>The data folder cannot be written to: the last change was not saved.</source>
        <translation>数据文件夹无法写入：最近的修改未能保存。</translation>
    </message>
    <message>
        <source>The database file cannot be opened: check the data folder and its permissions.</source>
        <translation>无法打开数据库文件：请检查数据文件夹及其访问权限。</translation>
    </message>
    <message>
        <source>The database is busy in another program or window; try again in a moment.</source>
        <translation>数据库正被其他程序或窗口使用，请稍后重试。</translation>
    </message>
    <message>
        <source>The database file is damaged; restore the latest good backup.</source>
        <translation>数据库文件已损坏，请恢复最近的完好备份。</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database; restore the latest good backup.</source>
        <translation>数据库文件已损坏或不是数据库文件，请恢复最近的完好备份。</translation>
    </message>
    <message>
        <source>This inspection is signed and cannot be changed; start a new revision to amend it.</source>
        <translation>此检查记录已签名，不能再修改；如需更正，请新建修订版。</translation>
    </message>
    <message>
        <source>The database {database} is damaged ({problem}). The newest good backup is {backup}.</source>
        <translation>数据库 {database} 已损坏（{problem}）。最近的完好备份为 {backup}。</translation>
    </message>
    <message>
        <source>The database {database} is damaged ({problem}). No good backup exists.</source>
        <translation>数据库 {database} 已损坏（{problem}）。没有可用的完好备份。</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: choose another data folder.</source>
        <translation>{folder} 是文件而不是文件夹，请另选数据文件夹。</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created: {error}</source>
        <translation>无法创建数据文件夹 {folder}：{error}</translation>
    </message>
    <message>
        <source>No good backup exists to restore from.</source>
        <translation>没有可供恢复的完好备份。</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}.</source>
        <translation>无法写入 {path}：{error}。</translation>
    </message>
    <message>
        <source>The disk is full: could not write {path}.</source>
        <translation>磁盘已满：无法写入 {path}。</translation>
    </message>
    <message>
        <source>The folder cannot be written to: {path} ({error}).</source>
        <translation>文件夹无法写入：{path}（{error}）。</translation>
    </message>
    <message>
        <source>Not a SHA-256 hash: {sha!r}.</source>
        <translation>不是有效的 SHA-256 哈希值：{sha!r}。</translation>
    </message>
    <message>
        <source>Bad derived copy name: {kind!r}, {ext!r}.</source>
        <translation>派生副本名称无效：{kind!r}，{ext!r}。</translation>
    </message>
    <message>
        <source>Evidence file {file} is missing from {folder}.</source>
        <translation>证据文件 {file} 在 {folder} 中缺失。</translation>
    </message>
    <message>
        <source>Say why the signed inspection is amended.</source>
        <translation>请说明修改已签署检查的原因。</translation>
    </message>
    <message>
        <source>The reason is too long (at most {limit} characters).</source>
        <translation>原因过长（最多 {limit} 个字符）。</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>value</source>
        <translation>记录值</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of the choices of this item.</source>
        <translation>“{text}”不是此检查项的可选项。</translation>
    </message>
    <message>
        <source>This inspection is not signed yet; sign it before exporting.</source>
        <translation>此检查记录尚未签名，请先签名再导出。</translation>
    </message>
    <message>
        <source>Inspection {inspection} is not signed; only signed inspections are exported.</source>
        <translation>检查记录 {inspection} 尚未签名；只能导出已签名的检查记录。</translation>
    </message>
    <message>
        <source>Inspection {inspection} was imported; only its author can export it.</source>
        <translation>检查记录 {inspection} 是导入的；只有原检查人员才能导出。</translation>
    </message>
    <message>
        <source>Several inspections need a folder to export into, not a file.</source>
        <translation>导出多份检查记录时须选择文件夹，而不是单个文件。</translation>
    </message>
    <message>
        <source>The file changed while it was being imported.</source>
        <translation>文件在导入过程中被更改。</translation>
    </message>
    <message>
        <source>unexpected error while importing ({kind}): {error}</source>
        <translation>导入时发生意外错误（{kind}）：{error}</translation>
    </message>
    <message>
        <source>replaces revision {revision}</source>
        <translation>取代第 {revision} 版</translation>
    </message>
    <message>
        <source>kept in history; revision {revision} is newer</source>
        <translation>已存入历史记录；第 {revision} 版更新</translation>
    </message>
    <message>
        <source>conflict: revision {revision} of this inspection is already here with other content</source>
        <translation>冲突：本机已有该检查记录的第 {revision} 版，但内容不同</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>manifest&apos;s inspection</source>
        <translation>清单的检查记录部分</translation>
    </message>
    <message>
        <source>manifest&apos;s form</source>
        <translation>清单的检查表部分</translation>
    </message>
    <message>
        <source>manifest file entry</source>
        <translation>清单中的文件条目</translation>
    </message>
    <message>
        <source>The {where} has no valid &apos;{key}&apos; ({kind} expected).</source>
        <translation>{where}缺少有效的“{key}”字段（应为 {kind} 类型）。</translation>
    </message>
    <message>
        <source>The manifest&apos;s {what} is not a SHA-256 hash.</source>
        <translation>清单中的{what}不是有效的 SHA-256 哈希值。</translation>
    </message>
    <message>
        <source>The manifest&apos;s file list holds something that is not a file entry.</source>
        <translation>清单的文件列表中有不是文件条目的内容。</translation>
    </message>
    <message>
        <source>The manifest lists a file with a path not allowed: {path}.</source>
        <translation>清单列出的文件路径不允许：{path}。</translation>
    </message>
    <message>
        <source>The manifest gives a negative size for {path}.</source>
        <translation>清单中 {path} 的文件大小为负数。</translation>
    </message>
    <message>
        <source>Not an inspection bundle (format {format}).</source>
        <translation>不是检查数据包（格式为 {format}）。</translation>
    </message>
    <message>
        <source>Unknown bundle format version {version}; this app reads version {supported}. Update the app to import it.</source>
        <translation>数据包格式版本 {version} 无法识别，本软件只能读取版本 {supported}。请升级软件后再导入。</translation>
    </message>
    <message>
        <source>A version {version} bundle cannot carry orders to correct.</source>
        <translation>第 {version} 版数据包不能包含限期整改指令书。</translation>
    </message>
    <message>
        <source>The manifest lists the same file twice.</source>
        <translation>清单重复列出了同一个文件。</translation>
    </message>
    <message>
        <source>The manifest is not a JSON object.</source>
        <translation>清单不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The manifest&apos;s revision must be 1 or more.</source>
        <translation>清单中的修订版号必须不小于 1。</translation>
    </message>
    <message>
        <source>The manifest does not list {name}.</source>
        <translation>清单未列出 {name}。</translation>
    </message>
    <message>
        <source>The manifest&apos;s inspection uuid is not a UUID.</source>
        <translation>清单中的检查记录编号不是有效的 UUID。</translation>
    </message>
    <message>
        <source>The manifest&apos;s created time is not an ISO date and time.</source>
        <translation>清单中的生成时间不是 ISO 格式的日期时间。</translation>
    </message>
    <message>
        <source>form hash</source>
        <translation>检查表哈希值</translation>
    </message>
    <message>
        <source>signer fingerprint</source>
        <translation>签名人证书指纹</translation>
    </message>
    <message>
        <source>manifest&apos;s signer</source>
        <translation>清单的签名人部分</translation>
    </message>
    <message>
        <source>inspection.json names the order {path} twice.</source>
        <translation>inspection.json 两次列出了指令书 {path}。</translation>
    </message>
    <message>
        <source>The order to correct {path} is not in the bundle.</source>
        <translation>数据包中没有限期整改指令书 {path}。</translation>
    </message>
    <message>
        <source>{path} is not the signed order inspection.json names.</source>
        <translation>{path} 不是 inspection.json 所列的已签名指令书。</translation>
    </message>
    <message>
        <source>{path} is not an order to correct inspection.json names.</source>
        <translation>{path} 不是 inspection.json 所列的限期整改指令书。</translation>
    </message>
    <message>
        <source>The order to correct {path} does not verify: {reason}</source>
        <translation>限期整改指令书 {path} 验证不通过：{reason}</translation>
    </message>
    <message>
        <source>The order to correct {path} is signed by someone other than the bundle&apos;s signer.</source>
        <translation>限期整改指令书 {path} 的签名人与数据包签名人不一致。</translation>
    </message>
    <message>
        <source>inspection.json holds a value of the wrong kind: {value}.</source>
        <translation>inspection.json 中有类型错误的值：{value}。</translation>
    </message>
    <message>
        <source>inspection.json: {where} is not an object.</source>
        <translation>inspection.json：{where}不是 JSON 对象。</translation>
    </message>
    <message>
        <source>inspection.json has no list of {key}.</source>
        <translation>inspection.json 中缺少 {key} 列表。</translation>
    </message>
    <message>
        <source>inspection.json: {where} names no file.</source>
        <translation>inspection.json：{where}未指明文件。</translation>
    </message>
    <message>
        <source>inspection.json is not a JSON object.</source>
        <translation>inspection.json 不是 JSON 对象。</translation>
    </message>
    <message>
        <source>inspection.json has no list of signatures.</source>
        <translation>inspection.json 中缺少签名列表。</translation>
    </message>
    <message>
        <source>inspection.json, {where}: {error}</source>
        <translation>inspection.json，{where}：{error}</translation>
    </message>
    <message>
        <source>the inspection</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>工地信息</translation>
    </message>
    <message>
        <source>signer not on the trust list: {signer} (fingerprint {fingerprint})</source>
        <translation>签名人不在信任列表中：{signer}（证书指纹 {fingerprint}）</translation>
    </message>
    <message>
        <source>The bundle holds an absolute path: {name}.</source>
        <translation>数据包中含有绝对路径：{name}。</translation>
    </message>
    <message>
        <source>The bundle holds a path that climbs out with &apos;..&apos;: {name}.</source>
        <translation>数据包中含有用“..”跳出数据包目录的路径：{name}。</translation>
    </message>
    <message>
        <source>The bundle holds a malformed path: {name}.</source>
        <translation>数据包中含有格式错误的路径：{name}。</translation>
    </message>
    <message>
        <source>The bundle holds a symbolic link: {name}.</source>
        <translation>数据包中含有符号链接：{name}。</translation>
    </message>
    <message>
        <source>The bundle holds something that is not a file: {name}.</source>
        <translation>数据包中含有非文件的条目：{name}。</translation>
    </message>
    <message>
        <source>{name} would unpack to {size} bytes, more than allowed.</source>
        <translation>{name} 解压后将达到 {size} 字节，超过允许的大小。</translation>
    </message>
    <message>
        <source>{name} is compressed suspiciously well (a zip bomb?); not unpacked.</source>
        <translation>{name} 的压缩比异常偏高（可能是压缩炸弹），未予解压。</translation>
    </message>
    <message>
        <source>The bundle holds {count} entries, more than allowed.</source>
        <translation>数据包中含有 {count} 个条目，超过允许的数量。</translation>
    </message>
    <message>
        <source>The bundle holds two entries with the same name.</source>
        <translation>数据包中有两个同名条目。</translation>
    </message>
    <message>
        <source>The bundle would unpack to more bytes than allowed (a zip bomb?).</source>
        <translation>数据包解压后的总大小超过允许值（可能是压缩炸弹）。</translation>
    </message>
    <message>
        <source>{name} is encrypted; a bundle is never encrypted.</source>
        <translation>{name} 已加密；同步包从不加密。</translation>
    </message>
    <message>
        <source>{name} does not unpack to its declared size.</source>
        <translation>{name} 解压后的大小与声明的不符。</translation>
    </message>
    <message>
        <source>The bundle file is larger than allowed.</source>
        <translation>数据包文件超过允许的大小。</translation>
    </message>
    <message>
        <source>A file listed in the manifest is missing: {path}.</source>
        <translation>清单列出的文件缺失：{path}。</translation>
    </message>
    <message>
        <source>The bundle holds a file the manifest does not list: {path}.</source>
        <translation>数据包中含有清单未列出的文件：{path}。</translation>
    </message>
    <message>
        <source>form.json is not the form the manifest names.</source>
        <translation>form.json 与清单所指明的检查表不一致。</translation>
    </message>
    <message>
        <source>inspection.json describes another inspection than the manifest.</source>
        <translation>inspection.json 所载的检查记录与清单不一致。</translation>
    </message>
    <message>
        <source>inspection.json names another signer than the manifest.</source>
        <translation>inspection.json 所载的签名人与清单不一致。</translation>
    </message>
    <message>
        <source>report.pdf is not the signed report inspection.json names.</source>
        <translation>report.pdf 不是 inspection.json 所指明的已签名报告。</translation>
    </message>
    <message>
        <source>The manifest&apos;s signature does not match: {reason}</source>
        <translation>清单的签名验证不通过：{reason}</translation>
    </message>
    <message>
        <source>The manifest is signed by another certificate than it names.</source>
        <translation>清单的签名证书与清单中写明的证书不一致。</translation>
    </message>
    <message>
        <source>The signed report does not verify: {reason}</source>
        <translation>已签名报告验证不通过：{reason}</translation>
    </message>
    <message>
        <source>The report is signed by someone other than the bundle&apos;s signer.</source>
        <translation>报告的签名人与数据包的签名人不是同一人。</translation>
    </message>
    <message>
        <source>The file is not a zip archive, so not a bundle.</source>
        <translation>该文件不是 zip 压缩包，因此不是数据包。</translation>
    </message>
    <message>
        <source>{name} cannot be unpacked: {error}.</source>
        <translation>{name} 无法解压：{error}。</translation>
    </message>
    <message>
        <source>The bundle has no {name}.</source>
        <translation>数据包中没有 {name}。</translation>
    </message>
    <message>
        <source>{path} does not match its hash in the manifest.</source>
        <translation>{path} 与清单中记录的哈希值不符。</translation>
    </message>
    <message>
        <source>{path}: the photo&apos;s bytes do not match the hash it is named by.</source>
        <translation>{path}：照片内容与其文件名中的哈希值不符。</translation>
    </message>
    <message>
        <source>{name} holds a number longer than {limit} digits.</source>
        <translation>{name} 含有超过 {limit} 位的数字。</translation>
    </message>
    <message>
        <source>{name} holds a number out of range: {text}.</source>
        <translation>{name} 含有超出范围的数字：{text}。</translation>
    </message>
    <message>
        <source>{name} holds {text}, which is not a number.</source>
        <translation>{name} 含有 {text}，这不是数字。</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB.</source>
        <translation>{name} 大于 {limit} MB。</translation>
    </message>
    <message>
        <source>{name} nests deeper than {limit} levels.</source>
        <translation>{name} 嵌套超过 {limit} 层。</translation>
    </message>
    <message>
        <source>{path} is not valid JSON ({error}).</source>
        <translation>{path} 不是有效的 JSON（{error}）。</translation>
    </message>
    <message>
        <source>form.json is not a valid form: {error}</source>
        <translation>form.json 不是有效的检查表：{error}</translation>
    </message>
    <message>
        <source>The photo {photo} is not in the bundle.</source>
        <translation>照片 {photo} 不在数据包中。</translation>
    </message>
    <message>
        <source>The drawn signature {path} is missing or not a PNG image.</source>
        <translation>手写签名 {path} 缺失或不是 PNG 图片。</translation>
    </message>
    <message>
        <source>The drawn signature {path} does not match its role.</source>
        <translation>手写签名 {path} 与签名人身份不对应。</translation>
    </message>
    <message>
        <source>Cannot read the file: {error}.</source>
        <translation>无法读取该文件：{error}。</translation>
    </message>
    <message>
        <source>The bundle is a damaged or truncated zip ({error}).</source>
        <translation>数据包是已损坏或不完整的 zip 文件（{error}）。</translation>
    </message>
    <message>
        <source>The data does not match its signature (changed after signing).</source>
        <translation>数据与签名不符（签名后被改动过）。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not on the trust list.</source>
        <translation>签名人的证书不在信任列表中。</translation>
    </message>
    <message>
        <source>The signature is not readable CMS data ({kind}).</source>
        <translation>签名不是可读取的 CMS 数据（{kind}）。</translation>
    </message>
    <message>
        <source>The signature could not be checked: {error}</source>
        <translation>无法验证签名：{error}</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>照片证据</translation>
    </message>
    <message>
        <source>item_id</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>照片说明</translation>
    </message>
    <message>
        <source>No evidence with id {id}.</source>
        <translation>找不到编号为 {id} 的证据。</translation>
    </message>
    <message>
        <source>No inspection with id {id}.</source>
        <translation>找不到编号为 {id} 的检查记录。</translation>
    </message>
    <message>
        <source>description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>responsible_party</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Unknown finding field: {field}</source>
        <translation>未知的问题字段：{field}</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>欠薪单位</translation>
    </message>
    <message>
        <source>arrears_cases</source>
        <translation>欠薪案件</translation>
    </message>
    <message>
        <source>Unknown arrears field: {field}</source>
        <translation>未知的欠薪线索字段：{field}</translation>
    </message>
    <message>
        <source>The period owed is longer than {limit} characters.</source>
        <translation>欠薪期间超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>No {table} row with id {row_id}.</source>
        <translation>{table} 中找不到编号为 {row_id} 的记录。</translation>
    </message>
    <message>
        <source>amount_owed</source>
        <translation>拖欠金额</translation>
    </message>
    <message>
        <source>Resolution must be one of {choices}.</source>
        <translation>处理情况必须是以下之一：{choices}。</translation>
    </message>
    <message>
        <source>Unknown key algorithm {algorithm}; use one of {choices}.</source>
        <translation>未知的密钥算法 {algorithm}；请使用以下之一：{choices}。</translation>
    </message>
    <message>
        <source>The passphrase file {path} is larger than 4 KiB; it cannot hold a passphrase.</source>
        <translation>口令文件 {path} 超过 4 KiB，不可能是口令文件。</translation>
    </message>
    <message>
        <source>The passphrase file {path} is not UTF-8 text (UTF-16?); save it as UTF-8.</source>
        <translation>口令文件 {path} 不是 UTF-8 文本（可能是 UTF-16），请另存为 UTF-8。</translation>
    </message>
    <message>
        <source>The passphrase file {path} is not UTF-8 text; save it as UTF-8.</source>
        <translation>口令文件 {path} 不是 UTF-8 文本，请另存为 UTF-8。</translation>
    </message>
    <message>
        <source>No passphrase for the signing key: use --passphrase-file, set {variable}, or run interactively.</source>
        <translation>未提供签名密钥的口令：请使用 --passphrase-file、设置环境变量 {variable}，或以交互方式运行。</translation>
    </message>
    <message>
        <source>An empty passphrase cannot protect the signing key.</source>
        <translation>口令不能为空，否则无法保护签名密钥。</translation>
    </message>
    <message>
        <source>The inspector&apos;s name is needed for the signing certificate.</source>
        <translation>生成签名证书需要填写检查人员姓名。</translation>
    </message>
    <message>
        <source>{source} holds no certificate with its private key.</source>
        <translation>{source} 中没有带私钥的证书。</translation>
    </message>
    <message>
        <source>{source}: only EC and RSA signing keys are supported.</source>
        <translation>{source}：仅支持 EC 和 RSA 签名密钥。</translation>
    </message>
    <message>
        <source>No signing identity in {folder}. Create one with `inspector keys init`.</source>
        <translation>{folder} 中没有签名身份。请用 `inspector keys init` 创建。</translation>
    </message>
    <message>
        <source>Wrong passphrase for the signing key, or {source} is not a PKCS#12 file.</source>
        <translation>签名密钥的口令错误，或 {source} 不是 PKCS#12 文件。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}.</source>
        <translation>无法读取 {path}：{error}。</translation>
    </message>
    <message>
        <source>This file is not an X.509 certificate (PEM or DER).</source>
        <translation>该文件不是 X.509 证书（PEM 或 DER 格式）。</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {error}.</source>
        <translation>无法读取口令文件 {path}：{error}。</translation>
    </message>
    <message>
        <source>An inspection needs at least one inspector.</source>
        <translation>检查至少需要一名检查人员。</translation>
    </message>
    <message>
        <source>&apos;{reference}&apos; matches several inspections; give more of it.</source>
        <translation>“{reference}”对应多条检查记录，请输入更完整的编号。</translation>
    </message>
    <message>
        <source>No inspection matches &apos;{reference}&apos;.</source>
        <translation>没有与“{reference}”对应的检查记录。</translation>
    </message>
    <message>
        <source>No site with id {site_id}.</source>
        <translation>找不到编号为 {site_id} 的项目。</translation>
    </message>
    <message>
        <source>Only a signed inspection needs a new revision.</source>
        <translation>只有已签名的检查记录才需要新建修订版。</translation>
    </message>
    <message>
        <source>A newer revision of this inspection exists already: amend that one.</source>
        <translation>此检查已有更新的版本，请修改最新版本。</translation>
    </message>
    <message>
        <source>An inspector needs a name.</source>
        <translation>请填写检查人员姓名。</translation>
    </message>
    <message>
        <source>Give the inspector&apos;s name (--name) to create a signing key.</source>
        <translation>创建签名密钥须提供检查人员姓名（--name）。</translation>
    </message>
    <message>
        <source>A signing key already exists in {folder}.</source>
        <translation>{folder} 中已有签名密钥。</translation>
    </message>
    <message>
        <source>A signing key already exists in {folder}; give --replace to replace it (the old key is kept in keys/retired/).</source>
        <translation>{folder} 中已有签名密钥；如要替换，请加 --replace（旧密钥保存在 keys/retired/ 中）。</translation>
    </message>
    <message>
        <source>The key that signed this inspection (fingerprint {fingerprint}) is neither the current key nor in keys/retired/; it cannot be exported.</source>
        <translation>签署本次检查的密钥（证书指纹 {fingerprint}）既不是当前密钥，也不在 keys/retired/ 中，无法导出。</translation>
    </message>
    <message>
        <source>The document number pattern is empty.</source>
        <translation>编号格式为空。</translation>
    </message>
    <message>
        <source>The document number pattern is longer than {limit} characters.</source>
        <translation>编号格式超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>The document number pattern must contain {seq}: numbers would repeat.</source>
        <translation>编号格式必须包含 {seq}，否则编号会重复。</translation>
    </message>
    <message>
        <source>The document number pattern has an unmatched brace; write a brace as {braces}.</source>
        <translation>编号格式中的花括号不成对；花括号本身请写作 {braces}。</translation>
    </message>
    <message>
        <source>The document number pattern may only use {fields}, not {field}.</source>
        <translation>编号格式只能使用 {fields}，不能使用 {field}。</translation>
    </message>
    <message>
        <source>The document number pattern has a format the numbers cannot take: {error}</source>
        <translation>编号格式中的格式说明无法用于编号：{error}</translation>
    </message>
    <message>
        <source>This inspection has no order to correct {n}.</source>
        <translation>该检查没有第 {n} 份限期整改指令书。</translation>
    </message>
    <message>
        <source>processing stopped unexpectedly; add this photo again</source>
        <translation>处理意外中断，请重新添加这张照片</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>image too large: {width} x {height} pixels exceeds the {limit:g}-megapixel limit</source>
        <translation>图片过大：{width} × {height} 像素，超过 {limit:g} 百万像素的上限</translation>
    </message>
    <message>
        <source>image too large: exceeds the {limit:g}-megapixel limit</source>
        <translation>图片过大：超过 {limit:g} 百万像素的上限</translation>
    </message>
    <message>
        <source>image too large: {megapixels:.0f} megapixels exceeds the {limit:g}-megapixel limit</source>
        <translation>图片过大：{megapixels:.0f} 百万像素，超过 {limit:g} 百万像素的上限</translation>
    </message>
    <message>
        <source>not an image file</source>
        <translation>不是图片文件</translation>
    </message>
    <message>
        <source>file is truncated or corrupt</source>
        <translation>文件不完整或已损坏</translation>
    </message>
    <message>
        <source>a {format} image recorded as {mime}</source>
        <translation>{format} 图像却记录为 {mime}</translation>
    </message>
    <message>
        <source>cannot read file: {error}</source>
        <translation>无法读取文件：{error}</translation>
    </message>
    <message>
        <source>the file changed while it was being added; add it again</source>
        <translation>添加过程中文件发生了变化，请重新添加</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>Cannot rebuild the copies of evidence file {file}: {reason}.</source>
        <translation>无法重新生成证据文件 {file} 的副本：{reason}。</translation>
    </message>
    <message>
        <source>This inspection names no site representative.</source>
        <translation>本次检查未登记被检查单位代表。</translation>
    </message>
    <message>
        <source>Give the reason the representative gave for refusing.</source>
        <translation>请填写代表拒绝签字的理由。</translation>
    </message>
    <message>
        <source>The reason is longer than {limit} characters.</source>
        <translation>理由超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>A refusal needs a second inspector of this inspection as witness.</source>
        <translation>记录拒签须有本次检查的另一名检查人员作为见证人。</translation>
    </message>
    <message>
        <source>The witness must be another inspector of this inspection: {names}.</source>
        <translation>见证人须为本次检查的其他检查人员：{names}。</translation>
    </message>
    <message>
        <source>A refusal cannot be dated in the future.</source>
        <translation>拒签时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>The representative has signed already.</source>
        <translation>被检查单位代表已签名。</translation>
    </message>
    <message>
        <source>The report font {path} is missing or damaged; install the app again.</source>
        <translation>报告字体 {path} 缺失或已损坏，请重新安装本程序。</translation>
    </message>
    <message>
        <source>A signature cannot be dated in the future.</source>
        <translation>签名时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>Role must be one of {choices}.</source>
        <translation>签名人身份必须是以下之一：{choices}。</translation>
    </message>
    <message>
        <source>A signature needs the signer&apos;s name.</source>
        <translation>签名需要填写签名人姓名。</translation>
    </message>
    <message>
        <source>The drawn signature is not a PNG image.</source>
        <translation>手写签名不是 PNG 图片。</translation>
    </message>
    <message>
        <source>{item}: not applicable, but no reason given</source>
        <translation>{item}：选择了不适用，但未填写理由</translation>
    </message>
    <message>
        <source>This inspection is already signed.</source>
        <translation>此检查记录已签名。</translation>
    </message>
    <message>
        <source>Cannot sign yet:
- {problems}</source>
        <translation>尚不能签名：
- {problems}</translation>
    </message>
    <message>
        <source>{item}: not answered</source>
        <translation>{item}：未作答</translation>
    </message>
    <message>
        <source>{item}: a photo is required</source>
        <translation>{item}：需要拍照取证</translation>
    </message>
    <message>
        <source>{item}: the finding has no deadline for correction</source>
        <translation>{item}：整改意见未填整改期限</translation>
    </message>
    <message>
        <source>no inspector has signed</source>
        <translation>尚无检查人员签名</translation>
    </message>
    <message>
        <source>the site representative has not signed</source>
        <translation>被检查单位代表尚未签名</translation>
    </message>
    <message>
        <source>The document was changed after it was signed (the signature does not match).</source>
        <translation>文件在签名后被改动过（签名不符）。</translation>
    </message>
    <message>
        <source>The document was modified after signing in a way the signature does not allow.</source>
        <translation>文件在签名后被以签名所不允许的方式修改过。</translation>
    </message>
    <message>
        <source>The signature carries no signing time.</source>
        <translation>签名中没有签署时间。</translation>
    </message>
    <message>
        <source>The PDF has no signature.</source>
        <translation>该 PDF 没有签名。</translation>
    </message>
    <message>
        <source>The PDF could not be signed: {error}</source>
        <translation>无法对该 PDF 签名：{error}</translation>
    </message>
    <message>
        <source>The file could not be read as a signed PDF.</source>
        <translation>无法将该文件作为已签名的 PDF 读取。</translation>
    </message>
    <message>
        <source>Content was appended to the file after it was signed.</source>
        <translation>文件在签名后被追加了内容。</translation>
    </message>
    <message>
        <source>workers_on_site</source>
        <translation>现场工人数</translation>
    </message>
    <message>
        <source>workers_registered</source>
        <translation>实名登记人数</translation>
    </message>
    <message>
        <source>contract_value</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>deposit_amount</source>
        <translation>工资保证金</translation>
    </message>
    <message>
        <source>start_date</source>
        <translation>开工日期</translation>
    </message>
    <message>
        <source>end_date</source>
        <translation>竣工日期</translation>
    </message>
    <message>
        <source>Unknown site field: {field}</source>
        <translation>未知的项目字段：{field}</translation>
    </message>
    <message>
        <source>A site needs a project name.</source>
        <translation>请填写项目名称。</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a month (YYYY-MM).</source>
        <translation>“{value}”不是有效的月份（格式为 YYYY-MM）。</translation>
    </message>
    <message>
        <source>The period starts after it ends ({first} to {last}).</source>
        <translation>统计期间的起始月份晚于截止月份（{first} 至 {last}）。</translation>
    </message>
    <message>
        <source>Say what the inspector must change when returning an inspection.</source>
        <translation>退回检查记录时，请写明检查人员需要修改的内容。</translation>
    </message>
    <message>
        <source>Only signed inspections are reviewed.</source>
        <translation>只能审核已签名的检查记录。</translation>
    </message>
    <message>
        <source>Export to a file ending in .xlsx or .csv.</source>
        <translation>请导出为扩展名为 .xlsx 或 .csv 的文件。</translation>
    </message>
    <message>
        <source>The file holds a private key: only certificates are trusted, and a private key must stay with its owner. Nothing was trusted.</source>
        <translation>该文件含有私钥：只能信任证书，私钥必须由其持有人保管。未信任任何证书。</translation>
    </message>
    <message>
        <source>The file holds something other than certificates ({kinds}); nothing was trusted.</source>
        <translation>该文件含有证书以外的内容（{kinds}），未信任任何证书。</translation>
    </message>
    <message>
        <source>Not a certificate: {error}</source>
        <translation>不是证书：{error}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
        <source>No certificate with fingerprint {fingerprint}.</source>
        <translation>没有指纹为 {fingerprint} 的证书。</translation>
    </message>
    <message>
        <source>{field}: the form has no item {item}.</source>
        <translation>{field}：检查表中没有检查项 {item}。</translation>
    </message>
    <message>
        <source>{field}: item {item} belongs to rule {expected}, not {rule}.</source>
        <translation>{field}：检查项 {item} 属于规则 {expected}，而不是 {rule}。</translation>
    </message>
    <message>
        <source>{field}: item {item} is answered twice.</source>
        <translation>{field}：检查项 {item} 重复作答。</translation>
    </message>
    <message>
        <source>{field}: more than {limit} entries.</source>
        <translation>{field}：超过 {limit} 条。</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters.</source>
        <translation>{field}超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>{field}: the year {year} is not possible here.</source>
        <translation>{field}：年份 {year} 不合理。</translation>
    </message>
    <message>
        <source>{field} is not an amount.</source>
        <translation>{field}不是金额。</translation>
    </message>
    <message>
        <source>{field}: a negative amount is not possible.</source>
        <translation>{field}：金额不能为负数。</translation>
    </message>
    <message>
        <source>{field}: an amount above 1,000,000,000,000 yuan is not possible.</source>
        <translation>{field}：金额不能超过 1,000,000,000,000 元。</translation>
    </message>
    <message>
        <source>{field}: an amount has at most two decimals (fen).</source>
        <translation>{field}：金额最多两位小数（分）。</translation>
    </message>
    <message>
        <source>{field}: a number above {limit} is not possible.</source>
        <translation>{field}：数字不能超过 {limit}。</translation>
    </message>
    <message>
        <source>{field}: a negative number is not possible.</source>
        <translation>{field}：数字不能为负数。</translation>
    </message>
    <message>
        <source>its signature&apos;s byte range is malformed</source>
        <translation>其签名的字节范围格式有误</translation>
    </message>
    <message>
        <source>its list of embedded files is malformed</source>
        <translation>其内嵌文件列表格式有误</translation>
    </message>
    <message>
        <source>an embedded file has an encoding this app does not read</source>
        <translation>某个内嵌文件的编码方式本软件无法读取</translation>
    </message>
    <message>
        <source>the PDF cannot be read</source>
        <translation>无法读取该 PDF</translation>
    </message>
    <message>
        <source>the PDF is not signed</source>
        <translation>该 PDF 未签名</translation>
    </message>
    <message>
        <source>its embedded files differ between its signatures</source>
        <translation>其内嵌文件在各次签名之间不一致</translation>
    </message>
    <message>
        <source>its embedded files cannot be read</source>
        <translation>无法读取其内嵌文件</translation>
    </message>
    <message>
        <source>{name} is embedded twice</source>
        <translation>{name} 被内嵌了两次</translation>
    </message>
    <message>
        <source>an embedded file is too large</source>
        <translation>某个内嵌文件过大</translation>
    </message>
    <message>
        <source>The stored signed report no longer matches the hash recorded at signing; not exported.</source>
        <translation>保存的已签名报告与签署时记录的哈希值不一致，未导出。</translation>
    </message>
    <message>
        <source>The photo {name} ({photo}) is missing from the evidence store; not exported.</source>
        <translation>照片 {name}（{photo}）在证据库中缺失，未导出。</translation>
    </message>
    <message>
        <source>The photo {name} ({photo}) no longer matches its recorded hash; not exported.</source>
        <translation>照片 {name}（{photo}）与记录的哈希值不一致，未导出。</translation>
    </message>
    <message>
        <source>The certificate of {name} was not valid yet at {time}: it is valid from {start}.</source>
        <translation>{name} 的证书在 {time} 尚未生效：生效时间为 {start}。</translation>
    </message>
    <message>
        <source>The certificate of {name} had expired at {time}: it was valid until {end}.</source>
        <translation>{name} 的证书在 {time} 已经过期：有效期至 {end}。</translation>
    </message>
    <message>
        <source>Your signing certificate expired on {end}: ask for a new one before signing.</source>
        <translation>您的签名证书已于 {end} 过期，请在签署前申领新证书。</translation>
    </message>
    <message>
        <source>Your signing certificate expires on {end} (in {days} days): ask for a new one.</source>
        <translation>您的签名证书将于 {end} 到期（还有 {days} 天），请及时申领新证书。</translation>
    </message>
    <message>
        <source>The signed report carries no signing time.</source>
        <translation>已签名报告中没有签署时间。</translation>
    </message>
    <message>
        <source>The report is signed at {time}, before the inspection began ({start}).</source>
        <translation>报告的签署时间 {time} 早于检查开始时间（{start}）。</translation>
    </message>
    <message>
        <source>The report is signed at {time}, after the bundle was made ({created}).</source>
        <translation>报告的签署时间 {time} 晚于数据包的生成时间（{created}）。</translation>
    </message>
    <message>
        <source>form differs from the published one (form {form} version {version})</source>
        <translation>检查表与发布版本不同（检查表 {form} 第 {version} 版）</translation>
    </message>
    <message>
        <source>another inspector&apos;s revision: revision {revision}</source>
        <translation>其他检查员的修订：第 {revision} 版</translation>
    </message>
    <message>
        <source>another inspector&apos;s revision: revision {revision} follows revision {earlier} signed by {signer}</source>
        <translation>其他检查员的修订：第 {revision} 版接续由 {signer} 签署的第 {earlier} 版</translation>
    </message>
    <message>
        <source>The data inside the signed report cannot be read ({error}).</source>
        <translation>无法读取已签名报告内的数据（{error}）。</translation>
    </message>
    <message>
        <source>The signed report does not carry {name}.</source>
        <translation>已签名报告内没有 {name}。</translation>
    </message>
    <message>
        <source>{name} differs from the one inside the signed report; the report&apos;s signed data is what counts.</source>
        <translation>{name} 与已签名报告内的文件不一致；以报告内已签名的数据为准。</translation>
    </message>
    <message>
        <source>inspection.json and form.json are the ones inside the signed report</source>
        <translation>inspection.json 和 form.json 与已签名报告内的文件一致</translation>
    </message>
    <message>
        <source>old format (version {version}): the signed report does not carry inspection.json, so the data is not bound to it</source>
        <translation>旧格式（第 {version} 版）：已签名报告内没有 inspection.json，数据未与报告绑定</translation>
    </message>
    <message>
        <source>the data inside cannot be read ({error})</source>
        <translation>无法读取其中的数据（{error}）</translation>
    </message>
    <message>
        <source>carries no inspection data (signed before format version 3)</source>
        <translation>不含检查数据（在第 3 版格式之前签署）</translation>
    </message>
    <message>
        <source>carries {files}</source>
        <translation>内含 {files}</translation>
    </message>
    <message>
        <source>Name a held bundle by 8 or more characters of its hash.</source>
        <translation>请用哈希值的前 8 个或更多字符指明暂存的同步包。</translation>
    </message>
    <message>
        <source>No held bundle with a hash starting {prefix}.</source>
        <translation>没有哈希值以 {prefix} 开头的暂存同步包。</translation>
    </message>
    <message>
        <source>Several held bundles have a hash starting {prefix}.</source>
        <translation>有多个暂存同步包的哈希值以 {prefix} 开头。</translation>
    </message>
    <message>
        <source>refused by the supervisor</source>
        <translation>已被监督人员拒绝</translation>
    </message>
    <message>
        <source>Unexpected error while checking the bundle ({kind}).</source>
        <translation>检查同步包时发生意外错误（{kind}）。</translation>
    </message>
    <message>
        <source>inspection.json breaks a rule: {problem}</source>
        <translation>inspection.json 不符合规则：{problem}</translation>
    </message>
    <message>
        <source>evidence[{number}] ({path}) is not an allowed photo: {reason}.</source>
        <translation>照片证据第 {number} 项（{path}）不是允许的照片：{reason}。</translation>
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
        <source>the finding has no deadline for correction</source>
        <translation>整改意见未填整改期限</translation>
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
        <source>no deadline</source>
        <translation>未填期限</translation>
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
        <source>Period owed</source>
        <translation>欠薪期间</translation>
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
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Open the order to correct</source>
        <translation>打开限期整改指令书</translation>
    </message>
    <message>
        <source>Open the signed orders to correct of the selected site&apos;s latest inspection.</source>
        <translation>打开所选项目最近一次检查的已签名限期整改指令书。</translation>
    </message>
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
        <source>Form differs from the published one: %1 version %2, content SHA-256 %3…</source>
        <translation>检查表与发布版本不同：%1 第 %2 版，内容 SHA-256 %3…</translation>
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
        <source>Orders to correct</source>
        <translation>限期整改指令书</translation>
    </message>
    <message>
        <source>Open the order to correct %1</source>
        <translation>打开限期整改指令书 %1</translation>
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
        <source>⚠ differs from published</source>
        <translation>⚠ 与发布版本不同</translation>
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
        <source>Form</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Signer and unit</source>
        <translation>签名人及单位</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>来自</translation>
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
        <source>Export the assessment workbook</source>
        <translation>导出考核表</translation>
    </message>
    <message>
        <source>Inspections started in the months:</source>
        <translation>统计以下月份内开始的检查：</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>截止月份</translation>
    </message>
    <message>
        <source>The first month comes after the last.</source>
        <translation>起始月份晚于截止月份。</translation>
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
        <source>Inspector&apos;s certificate</source>
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
        <source>Checking held bundles: %1 of %2</source>
        <translation>正在核验暂存的同步包：%1 / %2</translation>
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
        <source>held for the supervisor</source>
        <translation>暂存，待监督人员决定</translation>
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
        <source>Bundles whose signer is not on the trust list, or that continue another inspector&apos;s inspection. They are not counted anywhere until the signer is trusted or the revision accepted.</source>
        <translation>签名人不在信任列表中的同步包，或接续其他检查员检查记录的同步包。在信任该签名人或接受该修订之前，它们不计入任何统计。</translation>
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
        <source>Export assessment workbook…</source>
        <translation>导出考核表…</translation>
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
        <source>Import cancelled after %1 of %2 bundles; the others were not imported.</source>
        <translation>已取消导入：%2 个数据包中已处理 %1 个，其余未导入。</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>未加入信任列表</translation>
    </message>
    <message>
        <source>Warning: same name as trusted %1, but a different key. Do not trust it unless that inspector confirms this fingerprint.</source>
        <translation>警告：与已信任的 %1 同名，但密钥不同。除非该检查员本人确认此证书指纹，否则不要信任。</translation>
    </message>
    <message>
        <source>Trust this signer?</source>
        <translation>信任此签名人？</translation>
    </message>
    <message>
        <source>%1 — %2 %3

SHA-256 fingerprint:
%4

Compare the fingerprint with the inspector&apos;s before trusting. Their held bundles are then verified and imported.</source>
        <translation>%1 — %2 %3

SHA-256 证书指纹：
%4

信任前请与检查员核对指纹。核对后，其暂存的同步包将被验证并导入。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV files, one per sheet (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件，每个工作表一个 (*.csv)</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>已导出：%1</translation>
    </message>
    <message>
        <source>Export cancelled; no workbook was written.</source>
        <translation>已取消导出，未写入考核表。</translation>
    </message>
    <message>
        <source>Supervision — received inspections</source>
        <translation>督导 — 收到的检查</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Held: revision %1, signed by %2, score %3 (%4)</source>
        <translation>暂存：第 %1 版，签署人 %2，得分 %3（%4）</translation>
    </message>
    <message>
        <source>Here: revision %1, signed by %2, score %3 (%4)</source>
        <translation>本机：第 %1 版，签署人 %2，得分 %3（%4）</translation>
    </message>
    <message>
        <source>Held revision and the revision here</source>
        <translation>暂存的修订与本机的修订</translation>
    </message>
    <message>
        <source>Accept this revision</source>
        <translation>接受此修订</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <source>Refuse this bundle?</source>
        <translation>拒绝此同步包？</translation>
    </message>
    <message>
        <source>The bundle is logged as refused and removed from the held list.</source>
        <translation>该同步包将记为已拒绝，并从暂存列表中移除。</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop after the current step; what is finished is kept.</source>
        <translation>在当前一步完成后停止；已完成的部分保留。</translation>
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
