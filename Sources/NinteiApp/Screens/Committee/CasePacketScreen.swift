import NinteiCore
import NinteiStore
import NinteiTerminal

/// The case packet, read-only and scrollable, with the committee's actions on the case: give an
/// opinion, mark a conflict, record the decision (chair), issue and write the certificate
/// (officer). Each action's key says why it is not available to this login right now; the store
/// checks every write again.
final class CasePacketScreen: Screen {
    let desk: CommitteeDesk
    let caseID: Int64
    private(set) var packet: CasePacket?
    private(set) var loadError: LocalizedText?
    private(set) var roles: Set<Role> = []
    /// What the last action did, shown on the first line until the next key.
    private(set) var notice: LocalizedText?
    private(set) var scroll = 0
    /// The body's height when last drawn: page keys move by it.
    private var pageHeight = 10
    private var wrapped: (width: Int, lines: [PacketLine])?
    /// Called after anything on the case changed, so the list behind can refresh.
    private let onChange: () -> Void

    init(desk: CommitteeDesk, caseID: Int64, onChange: @escaping () -> Void = {}) {
        self.desk = desk
        self.caseID = caseID
        self.onChange = onChange
        reload()
    }

    var title: LocalizedText {
        guard let packet else { return UIText.packetTitle(caseID, firm: "") }
        return UIText.packetTitle(caseID, firm: packet.document.firm.name)
    }

    func reload() {
        roles = desk.roles
        do {
            packet = try desk.store.casePacket(caseID: caseID)
            loadError = nil
        } catch {
            packet = nil
            loadError = CommitteeDesk.refusal(error)
        }
        wrapped = nil
    }

    private func changed(_ message: LocalizedText) {
        reload()
        notice = message
        onChange()
    }

    // MARK: Why an action is not available

    private var isMember: Bool { CommitteeRules.isMember(roles) }
    private var isOfficer: Bool { roles.contains(.officer) }

    var opinionRefusal: LocalizedText? {
        guard let packet else { return loadError }
        if !isMember && !isOfficer { return UIText.packetOnlyMembersGiveOpinions }
        if let conflict = packet.opinions.conflict, !isOfficer { return UIText.packetConflictedNoOpinion(conflict.label) }
        if packet.summary.status != .inReview { return UIText.packetNotInReview(packet.summary.status.label) }
        return nil
    }

    var conflictRefusal: LocalizedText? {
        guard packet != nil else { return loadError }
        if !isMember && !isOfficer { return UIText.packetOnlyMembersMarkConflicts }
        return nil
    }

    var decisionRefusal: LocalizedText? {
        guard let packet else { return loadError }
        if !roles.contains(.chair) { return UIText.packetOnlyChairDecides }
        if let conflict = packet.opinions.conflict { return UIText.packetConflictedNoDecision(conflict.label) }
        if packet.summary.status != .inReview { return UIText.packetNotInReview(packet.summary.status.label) }
        return nil
    }

    var issueRefusal: LocalizedText? {
        guard let packet else { return loadError }
        if !isOfficer { return UIText.packetOnlyOfficersIssue }
        if packet.summary.status != .approved {
            return packet.certificate != nil ? UIText.packetAlreadyIssued(packet.certificate!.number) : UIText.packetNotApproved(packet.summary.status.label)
        }
        return nil
    }

    var writeRefusal: LocalizedText? {
        guard let packet else { return loadError }
        return packet.certificate == nil ? UIText.packetNoCertificate : nil
    }

    // MARK: Keys

    enum Action: String, ScreenActionSet {
        static let namespace = "packet"
        case opinion, decide, conflict, issue, write, reload
    }

    func navigate(_ move: Navigation) -> ScreenAction {
        switch move {
        case .down: scroll += 1
        case .up: scroll -= 1
        case .pageDown: scroll += max(1, pageHeight - 1)
        case .pageUp: scroll -= max(1, pageHeight - 1)
        case .top: scroll = 0
        case .bottom: scroll = Int.max / 2
        case .back: return .back
        }
        scroll = max(0, scroll)
        return .stay
    }

    func bindings(_ language: Language) -> [KeyBinding] {
        [
            bind([.down], Navigation.down, label: UIText.down(language), statusBar: false),
            bind([.up], Navigation.up, label: UIText.up(language), statusBar: false),
            bind([.pageDown, .character(" ")], Navigation.pageDown, label: UIText.packetPageDown(language), statusBar: false),
            bind([.pageUp], Navigation.pageUp, label: UIText.packetPageUp(language), statusBar: false),
            bind([.home], Navigation.top, label: UIText.packetTop(language), statusBar: false),
            bind([.end], Navigation.bottom, label: UIText.packetBottom(language), statusBar: false),
            bind([.character("o")], Action.opinion, label: UIText.packetOpinionKey(language), disabledReason: opinionRefusal?(language)),
            bind([.character("d")], Action.decide, label: UIText.packetDecideKey(language), disabledReason: decisionRefusal?(language)),
            bind([.character("c")], Action.conflict, label: UIText.packetConflictKey(language), disabledReason: conflictRefusal?(language)),
            bind([.character("i")], Action.issue, label: UIText.packetIssueKey(language), disabledReason: issueRefusal?(language)),
            bind([.character("w")], Action.write, label: UIText.packetWriteKey(language), disabledReason: writeRefusal?(language)),
            bind([.function(5), .character("r")], Action.reload, label: UIText.committeeReload(language), statusBar: false),
            bind([.escape], Navigation.back, label: UIText.back(language)),
        ]
    }

    func handle(_ key: Key) -> ScreenAction? {
        notice = nil
        return nil
    }

    func perform(_ action: Action) -> ScreenAction {
        switch action {
        case .opinion: return .open(CommitteeEntries.opinion(desk: desk, caseID: caseID, firm: packet?.document.firm.name ?? "", onSaved: changed))
        case .conflict: return .open(CommitteeEntries.conflict(desk: desk, caseID: caseID, firm: packet?.document.firm.name ?? "", onSaved: changed))
        case .decide:
            guard let packet else { return .stay }
            return .open(CommitteeEntries.decision(desk: desk, packet: packet, onSaved: changed))
        case .issue: return issueCertificate()
        case .write:
            guard let certificate = packet?.certificate else { return .stay }
            return .open(CommitteeEntries.writeCertificate(desk: desk, certificate: certificate, onSaved: { [weak self] in self?.notice = $0 }))
        case .reload:
            reload()
            return .say(UIText.committeeReloaded)
        }
    }

    private func issueCertificate() -> ScreenAction {
        let settings: CertificateSettings
        do throws(DataFileError) {
            settings = try desk.data?.loadCertificateSettings() ?? .standard
        } catch {
            return .say(LocalizedText(ja: error.text(.ja), en: error.text(.en)))
        }
        do {
            let record = try desk.store.issueCertificate(caseID: caseID, issuedOn: desk.today, settings: settings)
            changed(UIText.packetIssued(record.number, through: record.validUntil))
            return .stay
        } catch {
            return .say(CommitteeDesk.refusal(error))
        }
    }

    // MARK: Drawing

    private func lines(width: Int, language: Language) -> [PacketLine] {
        if let wrapped, wrapped.width == width { return wrapped.lines }
        let logical: [PacketLine]
        if let packet {
            logical = CasePacketText.lines(packet, login: desk.login, roles: roles, language: language)
        } else {
            logical = [PacketLine(text: loadError?(language) ?? "", style: CellStyle(bold: true, color: .error))]
        }
        let result = logical.flatMap { line -> [PacketLine] in
            let room = max(1, width - line.indent)
            let rows = line.text.isEmpty ? [""] : line.text.wrapped(toWidth: room)
            return rows.map { PacketLine(text: String(repeating: " ", count: line.indent) + $0, style: line.style) }
        }
        wrapped = (width, result)
        return result
    }

    func draw(into buffer: inout CellBuffer, area: CellRect, language: Language, focused: Bool) {
        guard area.width > 0, area.height > 0 else { return }
        var body = area
        if let notice {
            buffer.fill(CellRect(x: area.x, y: area.y, width: area.width, height: 1), style: CellStyle(bold: true, reverse: true, color: .success))
            buffer.put(notice(language).truncated(toWidth: area.width), x: area.x, y: area.y, maxWidth: area.width, style: CellStyle(bold: true, reverse: true, color: .success))
            body = CellRect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        }
        guard body.height > 0 else { return }
        let all = lines(width: body.width - 1, language: language)
        pageHeight = body.height
        scroll = max(0, min(scroll, all.count - body.height))
        for (offset, line) in all.dropFirst(scroll).prefix(body.height).enumerated() {
            buffer.put(line.text, x: body.x, y: body.y + offset, maxWidth: body.width - 1, style: line.style)
        }
        if all.count > body.height {
            // Where the view is in the packet: a thumb in the last column.
            let thumb = body.y + (body.height - 1) * scroll / max(1, all.count - body.height)
            for y in body.y..<(body.y + body.height) {
                buffer.put(y == thumb ? "█" : "│", x: body.x + body.width - 1, y: y, style: CellStyle(color: .muted))
            }
        }
    }
}
